import "server-only";
import { prisma, type Db } from "@/lib/db";
import { offerCardSelect, type OfferCardData } from "./offer-card-data";

/** A few published offers of different kinds for the home page, newest first. */
export async function listFeaturedOffers(count = 3, db: Db = prisma): Promise<OfferCardData[]> {
  const offers = await db.offer.findMany({
    where: { status: "PUBLISHED" },
    select: offerCardSelect,
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }],
    take: 50,
  });
  const picked: OfferCardData[] = [];
  const kinds = new Set<string>();
  for (const offer of offers) {
    if (picked.length === count) break;
    if (kinds.has(offer.kind)) continue;
    kinds.add(offer.kind);
    picked.push(offer);
  }
  // Fewer kinds than places: fill up with the next offers.
  for (const offer of offers) {
    if (picked.length === count) break;
    if (!picked.includes(offer)) picked.push(offer);
  }
  return picked;
}
