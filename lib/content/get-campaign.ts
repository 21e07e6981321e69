import "server-only";
import { prisma, type Db } from "@/lib/db";

/** A published campaign by slug, or null. */
export function getPublishedCampaign(slug: string, db: Db = prisma) {
  return db.campaign.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      slug: true,
      title: true,
      slogan: true,
      summary: true,
      body: true,
      isExample: true,
      startsOn: true,
      endsOn: true,
    },
  });
}
