import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offerCardSelect, type OfferCardData } from "./offer-card-data";
import type { OfferFilters } from "./offer-filters";
import { toSearchTerms } from "./search-terms";

/** The Prisma filter for published offers matching the catalogue filters. */
export function offerWhere(filters: OfferFilters): Prisma.OfferWhereInput {
  const and: Prisma.OfferWhereInput[] = [];
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.targetGroup) and.push({ targetGroups: { has: filters.targetGroup } });
  if (filters.neighbourhood) {
    // An offer without a neighbourhood is for the whole city, so it is near everyone.
    and.push({ OR: [{ neighbourhood: { slug: filters.neighbourhood } }, { neighbourhoodId: null }] });
  }
  for (const term of toSearchTerms(filters.q ?? "")) {
    and.push({
      OR: [
        { title: { contains: term, mode: "insensitive" } },
        { summary: { contains: term, mode: "insensitive" } },
        { body: { contains: term, mode: "insensitive" } },
      ],
    });
  }
  return { status: "PUBLISHED", AND: and };
}

/**
 * Published offers for the catalogue, alphabetically; with a neighbourhood
 * filter, the offers in that neighbourhood come before those for the whole city.
 */
export async function listOffers(filters: OfferFilters = {}, db: Db = prisma): Promise<OfferCardData[]> {
  const offers = await db.offer.findMany({
    where: offerWhere(filters),
    select: offerCardSelect,
    orderBy: [{ title: "asc" }],
    take: 500,
  });
  if (!filters.neighbourhood) return offers;
  return [
    ...offers.filter((o) => o.neighbourhoodId !== null),
    ...offers.filter((o) => o.neighbourhoodId === null),
  ];
}
