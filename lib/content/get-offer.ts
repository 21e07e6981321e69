import "server-only";
import { prisma, type Db } from "@/lib/db";

/** A published offer by slug with its organisation and neighbourhood, or null. */
export function getPublishedOffer(slug: string, db: Db = prisma) {
  return db.offer.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: {
      neighbourhood: { select: { slug: true, name: true } },
      organisation: {
        select: { name: true, description: true, phone: true, email: true, website: true, address: true },
      },
    },
  });
}

export type PublishedOffer = NonNullable<Awaited<ReturnType<typeof getPublishedOffer>>>;
