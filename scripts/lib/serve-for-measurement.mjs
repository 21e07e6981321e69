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

/**
 * Options:
 * - env: extra environment for the server;
 * - databaseUrl: use this database instead of a throwaway embedded one (it is
 *   migrated and given the content, and left in place afterwards);
 * - demo: load the demo staff and requests too (default true);
 * - prepare(databaseUrl): runs after the database is ready, before the server starts;
 * - log: progress messages (default: none).
 * Ctrl-C or SIGTERM stops the server and removes the throwaway database.
 */
export async function serveForMeasurement(
  root,
  { env: extraEnv = {}, databaseUrl, demo = true, prepare, log = () => {} } = {},
) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "tezamen-measure-"));
  let db;
  let child;
  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
    await db?.stop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  function onSignal(signal) {
    log(`${signal}: stopping the server and the database…`);
    void stop().finally(() => process.exit(130));
  }
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    if (!databaseUrl) {
      log("Starting a throwaway embedded Postgres…");
      db = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), database: "tezamen_measure" });
      databaseUrl = db.url;
    }
    await prepareDatabase(root, databaseUrl, { log: () => {}, demo });
    if (prepare) await prepare(databaseUrl);
    const port = await freePort();
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: MEASUREMENT_SECRET,
      NODE_ENV: "production",
      ...extraEnv,
    };
    if (needsBuild(root)) {
      log("Building the app (missing or stale build)…");
      build(root, env);
    }
    child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "--port", String(port)], {
      cwd: root,
      env,
      stdio: "ignore",
    });
    const url = `http://localhost:${port}`;
    let up = false;
    for (let i = 0; i < 120 && !up; i++) {
      try {
        up = (await fetch(`${url}/api/health`)).ok;
      } catch {
        /* not up yet */
      }
      if (!up) await new Promise((r) => setTimeout(r, 500));
    }
    if (!up) throw new Error(`The server did not answer on ${url}/api/health within a minute`);
    return { url, databaseUrl, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
