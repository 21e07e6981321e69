import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection URL from here, not from the schema. The
// embedded database used by `npm start` sets DATABASE_URL before any Prisma
// command runs; the placeholder only lets `prisma generate` run without one.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed/index.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/tezamen",
  },
});
