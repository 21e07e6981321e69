// Starts the production build on a throwaway embedded Postgres with the demo
// content, for the Lighthouse and load benchmarks. Returns its URL and a stop function.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build, needsBuild } from "./build.mjs";
import { freePort, startEmbeddedPostgres } from "./embedded-db.mjs";
import { prepareDatabase } from "./prepare-db.mjs";

export const MEASUREMENT_SECRET = "measurement-secret-not-for-production";

export async function serveForMeasurement(root, { env: extraEnv = {} } = {}) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tezamen-measure-"));
  const db = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), database: "tezamen_measure" });
  await prepareDatabase(root, db.url, { log: () => {}, demo: true });
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    AUTH_SECRET: MEASUREMENT_SECRET,
    NODE_ENV: "production",
    ...extraEnv,
  };
  if (needsBuild(root)) build(root, env);
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)],
    {
      cwd: root,
      env,
      stdio: "ignore",
    },
  );
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    databaseUrl: db.url,
    pid: child.pid,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await db.stop();
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
