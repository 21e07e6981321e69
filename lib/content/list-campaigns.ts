import "server-only";
import { prisma, type Db } from "@/lib/db";

const campaignCardSelect = {
  slug: true,
  title: true,
  slogan: true,
  summary: true,
  isExample: true,
  startsOn: true,
  endsOn: true,
} as const;

interface CampaignDates {
  startsOn: Date | null;
  endsOn: Date | null;
}

/** 0: running now, 1: still to come, 2: over. */
function phase(c: CampaignDates, now: Date): number {
  if (c.endsOn && c.endsOn < now) return 2;
  if (c.startsOn && c.startsOn > now) return 1;
  return 0;
}

/**
 * Published campaigns: running ones first, then those still to come, then
 * those that are over; within each, the latest start first. `take` limits the number.
 */
export async function listPublishedCampaigns(
  { take, now = new Date() }: { take?: number; now?: Date } = {},
  db: Db = prisma,
) {
  const campaigns = await db.campaign.findMany({
    where: { status: "PUBLISHED" },
    select: campaignCardSelect,
    orderBy: [{ startsOn: { sort: "desc", nulls: "last" } }, { title: "asc" }],
  });
  const sorted = campaigns
    .map((c, i) => ({ c, i, phase: phase(c, now) }))
    .sort((a, b) => a.phase - b.phase || a.i - b.i)
    .map(({ c }) => c);
  return take === undefined ? sorted : sorted.slice(0, take);
}

export type CampaignCardData = Awaited<ReturnType<typeof listPublishedCampaigns>>[number];
