import "server-only";
import { prisma, type Db } from "@/lib/db";

/** Published testimonies, newest first; `take` limits the number (e.g. on the home page). */
export function listPublishedTestimonies({ take }: { take?: number } = {}, db: Db = prisma) {
  return db.testimony.findMany({
    where: { status: "PUBLISHED" },
    select: { slug: true, title: true, personName: true, ageLabel: true, quote: true, isExample: true },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }, { title: "asc" }],
    ...(take === undefined ? {} : { take }),
  });
}

export type TestimonyCardData = Awaited<ReturnType<typeof listPublishedTestimonies>>[number];
