#!/usr/bin/env node
// Runs `prisma generate` without network access. The Prisma CLI downloads its
// native schema engine before any command, even `generate`, which never runs
// it; pointing PRISMA_SCHEMA_ENGINE_BINARY at a stub skips the download.
// Migrations don't need that engine either: see scripts/lib/schema-engine.mjs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stubDir = path.join(root, "node_modules", ".cache", "tezamen");
const stub = path.join(stubDir, "schema-engine-stub");
fs.mkdirSync(stubDir, { recursive: true });
fs.writeFileSync(stub, "#!/bin/sh\necho 'schema engine stub: not used by prisma generate' >&2\nexit 1\n", {
  mode: 0o755,
});

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? stub,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"],
  { cwd: root, env, stdio: "inherit" },
);
process.exit(result.status ?? 1);
