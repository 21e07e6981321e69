// Gets a database ready for the app: migrated, and seeded with demo content when empty.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { migrate } from "./migrate.mjs";

export async function prepareDatabase(root, url, { log = console.log, seed = true, demo = false } = {}) {
  const applied = await migrate(url, { log });
  if (applied.length) log(`Applied ${applied.length} migration(s).`);
  if (!seed) return;
  // The seed itself does nothing when the database already has content.
  const result = spawnSync(
    process.execPath,
    // react-server: the demo link activity runs the app's use cases, which import "server-only".
    ["--conditions=react-server", "--import", "tsx", path.join(root, "prisma", "seed", "index.ts")],
    {
      cwd: root,
      // Demo staff accounts only go into the embedded demo database.
      env: { ...process.env, DATABASE_URL: url, TEZAMEN_DEMO_DATABASE: demo ? "1" : "" },
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error("Loading the demo content failed");
}
