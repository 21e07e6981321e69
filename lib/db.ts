import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;

/** A Prisma client over node-postgres. Tests make their own to reach other databases. */
export function createPrismaClient(
  connectionString = process.env.DATABASE_URL,
  options: { connectionTimeoutMillis?: number; max?: number } = {},
): PrismaClient {
  // A short connect timeout: when Postgres is down, the resident must hear so
  // within seconds, with the form still filled in.
  const connectionTimeoutMillis = options.connectionTimeoutMillis ?? 5_000;
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}

// One client per process; reused across hot reloads in development.
const globalForPrisma = globalThis as unknown as { tezamenPrisma?: PrismaClient };
export const prisma: PrismaClient = globalForPrisma.tezamenPrisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.tezamenPrisma = prisma;

// What "the database can't be reached" looks like, layer by layer (the shapes
// were captured in tests/integration/database-unavailable.test.ts):
// - Prisma: P1001 can't reach, P1002 timed out, P1017 server closed the connection,
//   P2024 no connection from the pool in time;
// - @prisma/adapter-pg's DriverAdapterError (in Prisma's meta, or thrown as is): its cause's kind;
// - Postgres SQLSTATE: class 08 (connection exception), 53300 too many connections,
//   57P01/57P02/57P03 (shut down by an administrator, crashed, starting up);
// - Node sockets: the errno codes below;
// - pg and pg-pool errors without a code, recognised by their message only.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
const SQLSTATE = /^(08...|53300|57P0[123])$/;
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "EAI_AGAIN",
]);
const PG_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection timeout|Client has encountered a connection error|Cannot use a pool after calling end|Can't reach database server/i;

/**
 * True when the error means the database could not be reached (as opposed to
 * a bad query or a refused value, which must never be reported as an outage).
 * Follows the wrapping (Prisma's meta.driverAdapterError, `cause`) a few levels deep.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0 && seen.size < 10) {
    const current = pending.shift();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const e = current as {
      code?: unknown;
      errorCode?: unknown;
      originalCode?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    const codes = [e.code, e.errorCode, e.originalCode].filter((c): c is string => typeof c === "string");
    if (codes.some((c) => PRISMA_CODES.has(c) || SQLSTATE.test(c) || SOCKET_CODES.has(c))) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    // A message counts only for errors without a Postgres code (pg's own connection errors).
    if (codes.length === 0 && typeof e.message === "string" && PG_MESSAGES.test(e.message)) return true;
    pending.push(e.cause, e.meta?.driverAdapterError);
  }
  return false;
}
