// A second server of the same production build on the e2e database, for specs
// that need other environment settings than the main test server (its own
// TRUSTED_PROXY_HOPS or AUTH_SECRET). Served like production: scripts/serve.mjs.
import { spawn } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { freePort } from "../../scripts/lib/embedded-db.mjs";
import { testDatabaseUrl } from "./staff-fixtures";

export interface OwnServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts the server on 127.0.0.1 with `env` on top of the test environment
 * (a value of undefined removes the variable) and waits until it is healthy.
 */
export async function startOwnServer(env: Record<string, string | undefined>): Promise<OwnServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: testDatabaseUrl(),
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production",
    TEZAMEN_DEMO_DATABASE: "1",
    TEZAMEN_JOBS: "off",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete merged[name];
    else merged[name] = value;
  }
  const child = spawn(
    process.execPath,
    [path.join(process.cwd(), "scripts/serve.mjs"), "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: process.cwd(), env: merged, stdio: "ignore" },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await expect
    .poll(
      () =>
        fetch(`${url}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
