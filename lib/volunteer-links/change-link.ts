// The frame of every step in a link's life after it was proposed: one
// transaction that locks the request and then the link (the order every
// request use case uses, so two steps at once are serialised), checks who is
// acting (staff with "link:manage", or the volunteer of this very link),
// refuses a step the lifecycle doesn't allow, runs the change, and writes
// the request's timeline event and the audit event with it.
// No "server-only" import: the reminder job (lib/jobs) reuses the helpers.
import { assertCan, volunteerActorLabel, type StaffActor, type VolunteerActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HelpRequestStatus, VolunteerLinkStatus } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/help-requests/domain-error";
import { canTransition, isOpenStatus } from "@/lib/help-requests/lifecycle";
import {
  addTimelineEvent,
  lockHelpRequest,
  type LockedRequest,
  type TimelineEntry,
  type Tx,
} from "@/lib/help-requests/staff-action";
import { LOAD_STATUSES } from "./lifecycle";
import { linkTransitionRefusal } from "./link-rules";
import { volunteerLinksWhere } from "./visible-to-volunteer";

export function assertLinkTransition(from: VolunteerLinkStatus, to: VolunteerLinkStatus): void {
  const refusal = linkTransitionRefusal(from, to);
  if (refusal) throw new DomainError("transition-refused", refusal);
}

export type LinkActor = StaffActor | VolunteerActor;

export interface LinkOptions {
  db?: Db;
  now?: Date;
}

export const LINK_NOT_FOUND = "Deze koppeling bestaat niet (meer).";
export const REQUEST_ENDED =
  "Deze aanvraag is al afgesloten. Aan deze koppeling kan je alleen nog iets beëindigen.";

export const LOCKED_LINK_SELECT = {
  id: true,
  status: true,
  kind: true,
  volunteerId: true,
  helpRequestId: true,
  startedAt: true,
  lastContactAt: true,
  nextCheckInAt: true,
} as const satisfies Prisma.VolunteerLinkSelect;

export type LockedLink = Prisma.VolunteerLinkGetPayload<{ select: typeof LOCKED_LINK_SELECT }>;

export interface LinkChangeContext {
  tx: Tx;
  link: LockedLink;
  request: LockedRequest;
  now: Date;
  /** Adds an event to the request's timeline, by the actor, at `now`. */
  addTimelineEvent: (entry: TimelineEntry) => Promise<void>;
}

export interface LinkChange<T> {
  result: T;
  /** Details of the audit event: statuses and choices, never personal data. */
  audit?: Record<string, Prisma.InputJsonValue | null>;
}

/** A timeline event on the link's request, carrying the link's id. */
export async function addLinkTimelineEvent(
  tx: Tx,
  actor: LinkActor | null,
  link: Pick<LockedLink, "id" | "helpRequestId">,
  now: Date,
  entry: TimelineEntry,
): Promise<void> {
  const data = (entry.data ?? {}) as Record<string, Prisma.InputJsonValue>;
  await addTimelineEvent(tx, actor, link.helpRequestId, now, {
    ...entry,
    data: { linkId: link.id, ...data },
  });
}

export async function auditLinkAction(
  tx: Tx,
  actor: LinkActor | null,
  action: string,
  link: Pick<LockedLink, "id">,
  reference: string,
  now: Date,
  data: Record<string, Prisma.InputJsonValue | null> = {},
  systemLabel?: string,
): Promise<void> {
  await recordAuditEvent(tx, {
    action: `volunteer-link.${action}`,
    entityType: "VolunteerLink",
    entityId: link.id,
    actorStaffId: actor?.kind === "staff" ? actor.id : null,
    actorLabel: actor?.kind === "volunteer" ? volunteerActorLabel(actor) : (systemLabel ?? null),
    ipHash: actor?.ipHash ?? null,
    occurredAt: now,
    data: { reference, ...data } as Prisma.InputJsonValue,
  });
}

/**
 * Checks the actor, locks request and link, and runs the change with the
 * timeline and audit event in one transaction. `staffOnly` steps refuse a
 * volunteer outright; a volunteer is only ever let at a link they may see
 * (visible-to-volunteer.ts), and any other link is "not found" to them (no
 * hint that it exists).
 */
export async function changeLink<T extends object>(
  actor: LinkActor,
  linkId: string,
  {
    action,
    staffOnly = false,
    allowOnEndedRequest = false,
    db = prisma,
    now = new Date(),
  }: LinkOptions & { action: string; staffOnly?: boolean; allowOnEndedRequest?: boolean },
  change: (context: LinkChangeContext) => Promise<LinkChange<T>>,
): Promise<{ id: string; linkId: string; reference: string } & T> {
  if (actor.kind === "staff") assertCan(actor, "link:manage");
  else if (staffOnly) throw new DomainError("not-found", LINK_NOT_FOUND);
  return db.$transaction(async (tx) => {
    const found = await tx.volunteerLink.findUnique({
      where: { id: linkId },
      select: { helpRequestId: true },
    });
    if (!found) throw new DomainError("not-found", LINK_NOT_FOUND);
    const request = await lockHelpRequest(tx, found.helpRequestId);
    await tx.$queryRaw`SELECT "id" FROM "VolunteerLink" WHERE "id" = ${linkId} FOR UPDATE`;
    const link = await tx.volunteerLink.findUniqueOrThrow({
      where: { id: linkId },
      select: LOCKED_LINK_SELECT,
    });
    if (actor.kind === "volunteer" && !(await visibleToVolunteer(tx, actor, linkId, now))) {
      throw new DomainError("not-found", LINK_NOT_FOUND);
    }
    if (!allowOnEndedRequest && (!isOpenStatus(request.status) || request.anonymisedAt)) {
      throw new DomainError("transition-refused", REQUEST_ENDED);
    }
    const { result, audit } = await change({
      tx,
      link,
      request,
      now,
      addTimelineEvent: (entry) => addLinkTimelineEvent(tx, actor, link, now, entry),
    });
    await auditLinkAction(tx, actor, action, link, request.reference, now, audit);
    // `id` is the request's, like every request use case: the page goes back to it.
    return { id: request.id, linkId: link.id, reference: request.reference, ...result };
  });
}

async function visibleToVolunteer(tx: Tx, actor: VolunteerActor, linkId: string, now: Date) {
  const visible = await tx.volunteerLink.count({
    where: { id: linkId, ...volunteerLinksWhere(actor.volunteerId, now) },
  });
  return visible > 0;
}

/**
 * When a link that never started falls through (declined, or ended before
 * it started) and the request has no other link that takes a place, the
 * request waits to be linked again: LINKED → ASSESSED. Returns the status
 * change for the timeline event, or {} when the status stays.
 */
export async function releaseRequestIfUnlinked(
  tx: Tx,
  request: LockedRequest,
  linkId: string,
  now: Date,
): Promise<{ fromStatus?: HelpRequestStatus; toStatus?: HelpRequestStatus }> {
  if (request.status !== "LINKED" || !canTransition("LINKED", "ASSESSED")) return {};
  const others = await tx.volunteerLink.count({
    where: { helpRequestId: request.id, id: { not: linkId }, status: { in: [...LOAD_STATUSES] } },
  });
  if (others > 0) return {};
  await tx.helpRequest.update({ where: { id: request.id }, data: { status: "ASSESSED", updatedAt: now } });
  return { fromStatus: "LINKED", toStatus: "ASSESSED" };
}

/** ACCEPTED → ACTIVE: the start, the first check-in a week later, and the volunteer's place in the fairness order. */
export async function activateLink(tx: Tx, link: LockedLink, now: Date, firstCheckInAfterDays: number) {
  const nextCheckInAt = new Date(now.getTime() + firstCheckInAfterDays * 86_400_000);
  await tx.volunteerLink.update({
    where: { id: link.id },
    data: { status: "ACTIVE", startedAt: now, nextCheckInAt, checkInRemindedAt: null },
  });
  await tx.volunteer.update({ where: { id: link.volunteerId }, data: { lastLinkedAt: now } });
  return { nextCheckInAt };
}
