import "server-only";
import { prisma, type Db } from "@/lib/db";

/** Every neighbourhood in list order (centre, districts, then the villages), for filters. */
export function listNeighbourhoods(db: Db = prisma) {
  return db.neighbourhood.findMany({
    select: { id: true, slug: true, name: true, kind: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
}

export type NeighbourhoodOption = Awaited<ReturnType<typeof listNeighbourhoods>>[number];
