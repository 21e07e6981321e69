import { afterEach, describe, expect, it, vi } from "vitest";
import type * as DbModuleValue from "@/lib/db";

type DbModule = typeof DbModuleValue;

afterEach(() => {
  vi.doUnmock("@/lib/db");
  vi.resetModules();
});

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const { GET, dynamic } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "up" });
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(dynamic).toBe("force-dynamic");
  });

  it("answers 503 when the database does not", async () => {
    vi.resetModules();
    vi.doMock("@/lib/db", async (importOriginal) => {
      const original = await importOriginal<DbModule>();
      return { ...original, prisma: original.createPrismaClient("postgresql://tezamen:x@127.0.0.1:1/none") };
    });
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "down" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
