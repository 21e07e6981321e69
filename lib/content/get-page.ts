import "server-only";
import { prisma, type Db } from "@/lib/db";

/** A published information page by slug, or null. */
export function getPublishedPage(slug: string, db: Db = prisma) {
  return db.page.findFirst({ where: { slug, status: "PUBLISHED" } });
}
