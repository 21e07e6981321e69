import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Adjacency } from "./rank-volunteers";

/** Which neighbourhoods border which, both ways (the relation is stored once per pair). */
export async function loadAdjacency(db: Db | Prisma.TransactionClient): Promise<Adjacency> {
  const pairs = await db.$queryRaw<{ a: string; b: string }[]>`
    SELECT "A" AS "a", "B" AS "b" FROM "_NeighbourhoodAdjacency"`;
  const map = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  for (const { a, b } of pairs) {
    add(a, b);
    add(b, a);
  }
  return map;
}
