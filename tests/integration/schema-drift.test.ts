import { inject, describe, expect, it } from "vitest";
import { diffDatabaseToSchema } from "../../scripts/lib/schema-engine.mjs";
import { readMigrations } from "../../scripts/lib/migrate.mjs";
import { createPrismaClient } from "@/lib/db";

describe("migrations and schema.prisma", () => {
  it("leave nothing to migrate: the migrated database matches the schema", async () => {
    const sql = await diffDatabaseToSchema(inject("databaseUrl"));
    // The engine prints this comment when there is nothing to do.
    expect(sql).toBe("-- This is an empty migration.");
  });

  it("are all recorded in _prisma_migrations the way Prisma records them", async () => {
    const db = createPrismaClient(inject("databaseUrl"));
    const rows = await db.$queryRaw<{ migration_name: string; checksum: string; finished_at: Date | null }[]>`
      SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`;
    await db.$disconnect();
    const files = readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((m) => m.checksum));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
  });
});
