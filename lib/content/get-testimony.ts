import "server-only";
import { prisma, type Db } from "@/lib/db";

/** A published testimony by slug, or null. */
export function getPublishedTestimony(slug: string, db: Db = prisma) {
  return db.testimony.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      slug: true,
      title: true,
      personName: true,
      ageLabel: true,
      quote: true,
      body: true,
      isExample: true,
      publishedAt: true,
    },
  });
}
