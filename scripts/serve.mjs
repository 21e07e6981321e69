#!/usr/bin/env node
// `node scripts/serve.mjs --port 3000 [--hostname h] [--dev]`: the app itself,
// without database set-up (scripts/start.mjs runs this as its child process).
// Use it instead of `next start`: see scripts/lib/next-server.mjs.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveNext } from "./lib/next-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

try {
  await serveNext({
    root,
    port: Number(option("--port") ?? process.env.PORT ?? 3000),
    hostname: option("--hostname"),
    dev: args.includes("--dev"),
    log: (m) => console.log(`[tezamen] ${m}`),
  });
} catch (error) {
  console.error(`[tezamen] The server could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
