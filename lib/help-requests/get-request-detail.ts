import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordStaffView } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { describeDeadline, type DeadlineView } from "@/lib/sla/deadline-state";
import { requestRefSchema, type RequestRefInput } from "@/lib/validation/staff-request-schemas";
import { DomainError, REQUEST_NOT_FOUND } from "./domain-error";
import { availableActions, hasSubjectConsent, type RequestAction } from "./lifecycle";
import { parseStaffInput } from "./staff-action";

const DETAIL_INCLUDE = {
  person: { include: { neighbourhood: { select: { id: true, name: true } } } },
  reporter: { include: { organisation: { select: { id: true, name: true, kind: true } } } },
  neighbourhood: { select: { id: true, slug: true, name: true } },
  assignee: { select: { id: true, name: true, role: true } },
  createdBy: { select: { id: true, name: true } },
  timeline: {
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
    include: {
      actorStaff: { select: { id: true, name: true } },
      actorVolunteer: { select: { id: true, firstName: true } },
    },
  },
  referrals: {
    orderBy: { createdAt: "asc" },
    include: {
      organisation: { select: { id: true, name: true, phone: true, email: true, website: true } },
      offer: { select: { id: true, slug: true, title: true } },
      createdBy: { select: { id: true, name: true } },
    },
  },
  followUps: {
    orderBy: { dueAt: "asc" },
    include: { assignee: { select: { id: true, name: true } } },
  },
  measurements: {
    orderBy: [{ takenAt: "asc" }, { createdAt: "asc" }],
    include: { recordedBy: { select: { id: true, name: true } } },
  },
  links: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      status: true,
      kind: true,
      activity: true,
      plan: true,
      startsOn: true,
      endedAt: true,
      volunteer: { select: { id: true, firstName: true } },
    },
  },
} as const satisfies Prisma.HelpRequestInclude;

export type RequestDetail = Prisma.HelpRequestGetPayload<{ include: typeof DETAIL_INCLUDE }> & {
  deadline: DeadlineView;
  /** The actions that make sense now (see lib/help-requests/lifecycle.ts). */
  actions: RequestAction[];
  /** Whether the person agreed, or asked for themselves: only then is anything passed on. */
  mayShare: boolean;
};

/**
 * One request with everything on its page: person, the one who asked,
 * timeline, referrals, follow-ups, loneliness measurements, volunteer links,
 * where it stands on the clock and which actions are possible. Reading it
 * shows personal data, so it is written to the audit log (help-request.view)
 * before the data is returned: no view without its audit row.
 */
export async function getRequestDetail(
  actor: StaffActor,
  input: RequestRefInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<RequestDetail> {
  assertCan(actor, "request:read");
  const { requestId } = parseStaffInput(requestRefSchema, input);
  // Read first (Prisma loads the relations in parallel, which a transaction's
  // single connection can't), then log the view; only once the audit row is
  // written does the caller get the data.
  const request = await db.helpRequest.findUnique({ where: { id: requestId }, include: DETAIL_INCLUDE });
  if (!request) throw new DomainError("not-found", REQUEST_NOT_FOUND);
  await recordStaffView(db, actor, {
    action: "help-request.view",
    entityType: "HelpRequest",
    entityId: request.id,
    occurredAt: now,
    data: { reference: request.reference },
  });
  return {
    ...request,
    deadline: describeDeadline(request, now),
    actions: request.anonymisedAt ? ["add-note"] : availableActions(request),
    mayShare: hasSubjectConsent(request),
  };
}
