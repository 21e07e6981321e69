#!/usr/bin/env node
// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { migrate } from "./lib/migrate.mjs";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    "Set DATABASE_URL to the database to migrate (npm start migrates the embedded one by itself).",
  );
  process.exit(1);
}
const applied = await migrate(url, { log: console.log });
console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
