import { prisma } from "@/lib/db";

export const dynamic = "force-dynamic";

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    await prisma.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "up" }, { status: 200, headers });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503, headers });
  }
}
