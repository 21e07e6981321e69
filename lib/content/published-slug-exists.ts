import "server-only";
import { isDatabaseUnavailable, prisma, type Db } from "@/lib/db";

export type SluggedContent = "offer" | "testimony" | "campaign";

/**
 * Whether a published item with this slug exists. True when the database
 * can't be reached: the page itself then shows the outage notice.
 */
export async function publishedSlugExists(
  kind: SluggedContent,
  slug: string,
  db: Db = prisma,
): Promise<boolean> {
  const where = { slug, status: "PUBLISHED" as const };
  try {
    const found =
      kind === "offer"
        ? await db.offer.findFirst({ where, select: { id: true } })
        : kind === "testimony"
          ? await db.testimony.findFirst({ where, select: { id: true } })
          : await db.campaign.findFirst({ where, select: { id: true } });
    return found !== null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return true;
    throw error;
  }
}
