import type { Prisma } from "@/lib/generated/prisma/client";

/** What an offer card in a list needs: no body, no contact details. */
export const offerCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  kind: true,
  targetGroups: true,
  neighbourhoodId: true,
  neighbourhood: { select: { slug: true, name: true } },
  organisation: { select: { name: true } },
} satisfies Prisma.OfferSelect;

export type OfferCardData = Prisma.OfferGetPayload<{ select: typeof offerCardSelect }>;
