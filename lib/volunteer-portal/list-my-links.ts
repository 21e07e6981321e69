import type { VolunteerActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { volunteerLinksWhere } from "@/lib/volunteer-links/visible-to-volunteer";
import { MY_LINK_SELECT, toMyLink, type MyLink } from "./my-link-view";

/** The volunteer's own links (proposed, accepted, active, recently ended), newest first. */
export async function listMyLinks(
  actor: VolunteerActor,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<MyLink[]> {
  const rows = await db.volunteerLink.findMany({
    where: volunteerLinksWhere(actor.volunteerId, now),
    select: MY_LINK_SELECT,
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map(toMyLink);
}
