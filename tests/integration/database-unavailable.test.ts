// The errors Prisma (over @prisma/adapter-pg and pg-pool) actually throws when
// the database can't be reached, provoked for real: a closed port, a server
// that accepts but never answers (what a paused Postgres looks like), one that
// drops the connection, one that answers "starting up" (57P03), and a backend
// terminated by an administrator (57P01) on the real test database. A bad
// query (a NUL byte in text) must NOT count as "unavailable".
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient, isDatabaseUnavailable } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const servers: net.Server[] = [];
const clients: PrismaClient[] = [];

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect().catch(() => undefined)));
  for (const server of servers) server.close();
});

async function listen(onConnection: (socket: net.Socket) => void): Promise<number> {
  const server = net.createServer(onConnection);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as net.AddressInfo).port;
}

function client(
  port: number,
  options: { connectionTimeoutMillis?: number; max?: number } = {},
): PrismaClient {
  const url = `postgresql://tezamen:x@127.0.0.1:${port}/none`;
  const prisma = createPrismaClient(url, options);
  clients.push(prisma);
  return prisma;
}

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

/** A Postgres ErrorResponse message, as a server sends it before closing. */
function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
  const header = Buffer.alloc(5);
  header.write("E", 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

describe("isDatabaseUnavailable over real errors", () => {
  it("recognises a refused connection (ECONNREFUSED)", async () => {
    const port = await listen(() => undefined);
    const closed = servers.pop();
    await new Promise((resolve) => closed?.close(resolve));
    const error = await errorOf(() => client(port).helpRequest.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises a connection that never answers (a paused server) and pg-pool's 'timeout exceeded when trying to connect'", async () => {
    const sockets: net.Socket[] = [];
    const port = await listen((socket) => sockets.push(socket));
    // One connection in the pool: the first query waits on the silent server
    // until its connect timeout, the second waits for the pool and times out there.
    const prisma = client(port, { connectionTimeoutMillis: 300, max: 1 });
    const [connecting, waiting] = await Promise.all([
      errorOf(() => prisma.helpRequest.count()),
      errorOf(() => prisma.helpRequest.count()),
    ]);
    for (const s of sockets) s.destroy();
    const messages = [connecting, waiting].map((e) => (e as Error).message);
    expect(messages).toContain("timeout exceeded when trying to connect");
    expect(isDatabaseUnavailable(connecting)).toBe(true);
    expect(isDatabaseUnavailable(waiting)).toBe(true);
  });

  it("recognises a connection reset by the server (ECONNRESET)", async () => {
    const port = await listen((socket) => socket.resetAndDestroy());
    const error = await errorOf(() => client(port).helpRequest.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises 'the database system is starting up' (57P03)", async () => {
    const port = await listen((socket) => {
      socket.once("data", () => socket.end(errorResponse("57P03", "the database system is starting up")));
    });
    const error = await errorOf(() => client(port).helpRequest.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("recognises a backend terminated by an administrator (57P01)", async () => {
    const prisma = createPrismaClient(process.env.DATABASE_URL);
    clients.push(prisma);
    const error = await errorOf(() => prisma.$queryRaw`SELECT pg_terminate_backend(pg_backend_pid())`);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not call a refused value (a NUL byte in text) an outage", async () => {
    const prisma = createPrismaClient(process.env.DATABASE_URL);
    clients.push(prisma);
    const error = await errorOf(() => prisma.$queryRaw`SELECT ${"a\u0000b"}::text`);
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
