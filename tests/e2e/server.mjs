#!/usr/bin/env node
// The server Playwright tests against: a throwaway embedded Postgres, migrated
// and loaded with the demo content, served by scripts/serve.mjs as in production. With --database-down
// it points the app at a port where no database listens.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, needsBuild } from "../../scripts/lib/build.mjs";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { prepareDatabase } from "../../scripts/lib/prepare-db.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = process.argv.slice(2);
const port = args[args.indexOf("--port") + 1] ?? "3100";
const databaseDown = args.includes("--database-down");

let db;
let tmp;
let child;
async function stop() {
  child?.kill("SIGTERM");
  await db?.stop().catch(() => {});
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

let url = "postgresql://tezamen:tezamen@127.0.0.1:9/unreachable";
if (!databaseDown) {
  url = process.env.E2E_DATABASE_URL;
  if (!url) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tezamen-e2e-"));
    db = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), database: "tezamen_e2e" });
    url = db.url;
  }
  await prepareDatabase(root, url, { log: () => {}, demo: true });
  // Test fixtures create staff users in this database (tests/e2e/staff-fixtures.ts).
  fs.mkdirSync(path.join(root, "reports"), { recursive: true });
  fs.writeFileSync(path.join(root, "reports", `e2e-database-url-${port}`), url);
}
const env = {
  ...process.env,
  DATABASE_URL: url,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production",
  NEXTAUTH_URL: `http://localhost:${port}`,
  TEZAMEN_DEMO_DATABASE: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  // The tests play one proxy of our own: each test is a resident behind it with
  // an address of its own in X-Forwarded-For (support.ts asNewClient).
  TRUSTED_PROXY_HOPS: "1",
  // The outage server has no database for the background jobs to use.
  ...(databaseDown ? { TEZAMEN_JOBS: "off" } : {}),
};
// Two servers start at once; only one may build (test.mjs normally builds first).
if (!databaseDown && needsBuild(root)) build(root, env);
while (databaseDown && needsBuild(root)) await new Promise((r) => setTimeout(r, 1000));
child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "--port", port], {
  cwd: root,
  env,
  stdio: "inherit",
});
child.on("exit", (code) => void stop().then(() => process.exit(code ?? 0)));
