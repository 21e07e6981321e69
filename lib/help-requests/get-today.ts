import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel, HelpRequestStatus, Need } from "@/lib/generated/prisma/enums";
import { brusselsDate, startOfBrusselsDay, startOfNextBrusselsDay } from "@/lib/sla/brussels-time";
import { describeDeadline, DUE_SOON_MS, type DeadlineView } from "@/lib/sla/deadline-state";
import { getLinkFollowUpToday, type LinkFollowUpToday } from "@/lib/volunteer-links/get-link-follow-up-today";
import { OPEN_REQUEST } from "./open-request";
import type { TodayList } from "./today-list";

/** Each list on the page shows at most this many; the count says how many there are. */
/** Rows per list: the most urgent on one screen; the rest is a link to the filtered queue away. */
export const TODAY_LIST_LIMIT = 15;

export interface TodayRequest {
  id: string;
  reference: string;
  status: HelpRequestStatus;
  channel: Channel;
  needs: Need[];
  receivedAt: Date;
  dueAt: Date;
  firstContactAt: Date | null;
  person: { firstName: string };
  assignee: { id: string; name: string } | null;
  deadline: DeadlineView;
}

export interface TodayFollowUp {
  id: string;
  dueAt: Date;
  note: string | null;
  /** Due before today (Brussels time): should have been done already. */
  late: boolean;
  request: { id: string; reference: string; status: HelpRequestStatus; person: { firstName: string } };
}

export interface TodayVolunteer {
  id: string;
  firstName: string;
  lastName: string;
  activities: Need[];
  createdAt: Date;
  neighbourhood: { name: string } | null;
}

export interface Today {
  /** No first contact and the deadline passed (red). */
  overdue: TodayList<TodayRequest>;
  /** No first contact and less than 4 hours left (amber). */
  dueSoon: TodayList<TodayRequest>;
  /** NEW with 4 hours or more left. */
  new: TodayList<TodayRequest>;
  /** The actor's own open follow-ups due today or earlier. */
  myFollowUps: TodayList<TodayFollowUp>;
  /** Volunteer sign-ups waiting for the intake interview; null for someone without volunteer:read. */
  volunteersAwaitingIntake: TodayList<TodayVolunteer> | null;
  /** Concerns, check-ins, silent links and pause requests; null for someone without link:manage. */
  linkFollowUp: LinkFollowUpToday | null;
}

const REQUEST_SELECT = {
  id: true,
  reference: true,
  status: true,
  channel: true,
  needs: true,
  receivedAt: true,
  dueAt: true,
  firstContactAt: true,
  person: { select: { firstName: true } },
  assignee: { select: { id: true, name: true } },
} as const satisfies Prisma.HelpRequestSelect;

/**
 * The "Vandaag" page (/beheer): overdue requests, requests with less than 4
 * hours left, new requests, the actor's follow-ups due today or earlier, and
 * volunteer sign-ups waiting for intake. The three request lists don't
 * overlap; each is sorted by deadline, closest first.
 */
export async function getToday(
  actor: StaffActor,
  _input: Record<string, never> = {},
  {
    db = prisma,
    now = new Date(),
    limit = TODAY_LIST_LIMIT,
  }: { db?: Db; now?: Date; /** Rows per list. */ limit?: number } = {},
): Promise<Today> {
  assertCan(actor, "request:read");
  const open = { ...OPEN_REQUEST, firstContactAt: null };
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  const lists: Prisma.HelpRequestWhereInput[] = [
    { ...open, dueAt: { lte: now } },
    { ...open, dueAt: { gt: now, lt: soon } },
    { ...OPEN_REQUEST, status: "NEW", firstContactAt: null, dueAt: { gte: soon } },
  ];
  const requestList = async (where: Prisma.HelpRequestWhereInput): Promise<TodayList<TodayRequest>> => {
    const [items, total] = await Promise.all([
      db.helpRequest.findMany({
        where,
        // firstContactAt is null in every list: this is the partial queue index's order.
        orderBy: [{ firstContactAt: { sort: "asc", nulls: "first" } }, { dueAt: "asc" }, { id: "asc" }],
        take: limit,
        select: REQUEST_SELECT,
      }),
      db.helpRequest.count({ where }),
    ]);
    return { items: items.map((r) => ({ ...r, deadline: describeDeadline(r, now) })), total };
  };

  const followUpWhere: Prisma.FollowUpWhereInput = {
    assigneeId: actor.id,
    doneAt: null,
    dueAt: { lt: startOfNextBrusselsDay(now) },
    helpRequest: OPEN_REQUEST,
  };
  const startOfToday = startOfBrusselsDay(brusselsDate(now));
  const volunteerWhere: Prisma.VolunteerWhereInput = { status: "APPLIED", anonymisedAt: null };

  const [overdue, dueSoon, fresh, followUps, followUpTotal, volunteers, linkFollowUp] = await Promise.all([
    requestList(lists[0]!),
    requestList(lists[1]!),
    requestList(lists[2]!),
    db.followUp.findMany({
      where: followUpWhere,
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        dueAt: true,
        note: true,
        helpRequest: {
          select: { id: true, reference: true, status: true, person: { select: { firstName: true } } },
        },
      },
    }),
    db.followUp.count({ where: followUpWhere }),
    can(actor.role, "volunteer:read")
      ? Promise.all([
          db.volunteer.findMany({
            where: volunteerWhere,
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: limit,
            select: {
              id: true,
              firstName: true,
              lastName: true,
              activities: true,
              createdAt: true,
              neighbourhood: { select: { name: true } },
            },
          }),
          db.volunteer.count({ where: volunteerWhere }),
        ])
      : null,
    can(actor.role, "link:manage") ? getLinkFollowUpToday(db, now, limit) : null,
  ]);

  return {
    overdue,
    dueSoon,
    new: fresh,
    myFollowUps: {
      items: followUps.map(({ helpRequest, ...f }) => ({
        ...f,
        late: f.dueAt.getTime() < startOfToday.getTime(),
        request: helpRequest,
      })),
      total: followUpTotal,
    },
    volunteersAwaitingIntake: volunteers ? { items: volunteers[0], total: volunteers[1] } : null,
    linkFollowUp,
  };
}
