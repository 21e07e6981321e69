import "server-only";
import { prisma, type Db } from "@/lib/db";

/** Published campaigns, the most recent start first; `take` limits the number. */
export function listPublishedCampaigns({ take }: { take?: number } = {}, db: Db = prisma) {
  return db.campaign.findMany({
    where: { status: "PUBLISHED" },
    select: {
      slug: true,
      title: true,
      slogan: true,
      summary: true,
      isExample: true,
      startsOn: true,
      endsOn: true,
    },
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
    ...(take === undefined ? {} : { take }),
  });
}

export type CampaignCardData = Awaited<ReturnType<typeof listPublishedCampaigns>>[number];
