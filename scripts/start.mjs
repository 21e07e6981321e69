#!/usr/bin/env node
// `npm start`: serves Tezamen at http://localhost:$PORT (default 3000).
// Without DATABASE_URL it runs an embedded Postgres with data under .data/pg,
// and listens on 127.0.0.1 only unless HOST is set (scripts/lib/listen-host.mjs).
// It migrates, loads the demo content into an empty database, builds when the
// build is missing or stale, and stops everything on Ctrl-C or SIGTERM.
// `--dev` runs Next's development server instead of a production build.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, needsBuild } from "./lib/build.mjs";
import { startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { isLoopbackHost, listenHost } from "./lib/listen-host.mjs";
import { prepareDatabase } from "./lib/prepare-db.mjs";
import { ensureSecret, serverActionsKey } from "./lib/secret.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const log = (m) => console.log(`[tezamen] ${m}`);

let embedded;
let child;
let stopping = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => {
      const t = setTimeout(() => {
        child.kill("SIGKILL");
        r();
      }, 10_000);
      child.once("exit", () => {
        clearTimeout(t);
        r();
      });
    });
  }
  fs.rmSync(nextPidFile, { force: true });
  if (embedded) {
    log("Stopping the embedded Postgres…");
    await embedded.stop().catch((e) => log(`Could not stop Postgres cleanly: ${e}`));
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));

// A start that was killed outright (kill -9) leaves its Next.js server holding
// the port; stop it, as the embedded database helper does for Postgres.
const nextPidFile = path.join(root, ".data", "next.pid");
function stopStaleNextServer() {
  if (!fs.existsSync(nextPidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(nextPidFile, "utf8"), 10);
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    if (cmdline.includes("serve.mjs") || cmdline.includes("next")) {
      log(`Stopping a Next.js server (pid ${pid}) left running by an earlier start…`);
      process.kill(pid, "SIGKILL");
    }
  } catch {
    /* already gone */
  }
  fs.rmSync(nextPidFile, { force: true });
}
process.on("SIGTERM", () => void shutdown(0));

try {
  let databaseUrl = process.env.DATABASE_URL;
  const demoDatabase = !databaseUrl;
  if (demoDatabase) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data", "pg"), log });
    databaseUrl = embedded.url;
    log(`Embedded Postgres is running on port ${embedded.port} (data in .data/pg).`);
  }
  await prepareDatabase(root, databaseUrl, { log, demo: demoDatabase });
  const secret = ensureSecret(root);
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: secret,
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY:
      process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? serverActionsKey(secret),
    // No NEXTAUTH_URL by default: sign-in works at whatever address the portal
    // was opened. E-mail links fall back to http://localhost:$PORT (lib/mail/site-base-url.ts).
    PORT: port,
    // Lets demo-only conveniences know they are on the throwaway demo database.
    TEZAMEN_DEMO_DATABASE: demoDatabase ? "1" : "",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev && needsBuild(root)) {
    log("Building the app (once, or after a change)…");
    build(root, env);
  }
  const { host, args: hostArgs, warning } = listenHost({ demo: demoDatabase, env: process.env });
  if (warning) console.warn(`\n[tezamen] ${warning.replaceAll("\n", "\n[tezamen] ")}\n`);
  stopStaleNextServer();
  // Our own server around Next (not `next start`): it tells the app each
  // request's socket address, for the per-client rate limits.
  const serve = path.join(root, "scripts", "serve.mjs");
  child = spawn(process.execPath, [serve, "--port", port, ...hostArgs, ...(dev ? ["--dev"] : [])], {
    cwd: root,
    env,
    stdio: "inherit",
  });
  fs.mkdirSync(path.dirname(nextPidFile), { recursive: true });
  fs.writeFileSync(nextPidFile, String(child.pid));
  child.on("exit", (code) => {
    if (!stopping) void shutdown(code ?? 1);
  });
  const shown = !host || isLoopbackHost(host) || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  log(`Tezamen: http://${shown.includes(":") ? `[${shown}]` : shown}:${port}`);
} catch (error) {
  console.error(`[tezamen] Could not start: ${error instanceof Error ? error.message : error}`);
  await shutdown(1);
}
