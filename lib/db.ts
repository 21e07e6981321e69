import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/** A Prisma client over node-postgres. Tests make their own to reach other databases. */
export function createPrismaClient(connectionString = process.env.DATABASE_URL): PrismaClient {
  // A short connect timeout: when Postgres is down, the resident must hear so
  // within seconds, with the form still filled in.
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: 10 });
  return new PrismaClient({ adapter });
}

// One client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { tezamenPrisma?: PrismaClient };
export const prisma: PrismaClient = globalForPrisma.tezamenPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.tezamenPrisma = prisma;

/** True when the error means the database could not be reached (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.name} ${error.message} ${String((error as { code?: unknown }).code ?? "")}`
      : String(error);
  return /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|Connection terminated|connection timeout|timeout expired|DatabaseNotReachable|Can't reach database|P1001|P1002|P1017|the database system is (starting up|shutting down)|terminating connection|DriverAdapterError/i.test(
    text,
  );
}
