import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { LinkContactKind, LinkKind, Need, VolunteerLinkStatus } from "@/lib/generated/prisma/enums";
import { linkPlan, type LinkPlan } from "./link-plan";

export interface RequestLink {
  id: string;
  status: VolunteerLinkStatus;
  kind: LinkKind;
  activity: Need;
  plan: string | null;
  /** Staff see the volunteer's full name (volunteers never see each other). */
  volunteer: { id: string; firstName: string; lastName: string; phoneE164: string | null };
  proposedAt: Date;
  startedAt: Date | null;
  lastContactAt: Date | null;
  nextCheckInAt: Date | null;
  endedAt: Date | null;
  endReason: string | null;
  contacts: { kind: LinkContactKind; occurredAt: Date }[];
  progress: LinkPlan;
}

/** The links of one request, newest first, with their plan and contacts, for the request page. */
export async function listRequestLinks(
  actor: StaffActor,
  requestId: string,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<RequestLink[]> {
  assertCan(actor, "link:manage");
  const links = await db.volunteerLink.findMany({
    where: { helpRequestId: requestId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: {
      volunteer: { select: { id: true, firstName: true, lastName: true, phoneE164: true } },
      contacts: { select: { kind: true, occurredAt: true }, orderBy: { occurredAt: "desc" } },
    },
  });
  return links.map((link) => ({
    id: link.id,
    status: link.status,
    kind: link.kind,
    activity: link.activity,
    plan: link.plan,
    volunteer: link.volunteer,
    proposedAt: link.createdAt,
    startedAt: link.startedAt,
    lastContactAt: link.lastContactAt,
    nextCheckInAt: link.nextCheckInAt,
    endedAt: link.endedAt,
    endReason: link.endReason,
    contacts: link.contacts,
    progress: linkPlan(link, link.contacts, now),
  }));
}
