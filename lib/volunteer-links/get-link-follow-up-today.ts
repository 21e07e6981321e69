import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConcernCategory } from "@/lib/generated/prisma/enums";
import type { TodayList } from "@/lib/help-requests/today-list";
import { NO_CONTACT_ALERT_DAYS } from "./lifecycle";

// The link follow-up lists of "Vandaag" (/beheer), for staff with
// "link:manage". getToday checks the permission and calls this; the
// lists are short (limit) with the total next to them.

type List<T> = TodayList<T>;

export interface TodayConcern {
  id: string;
  category: ConcernCategory;
  body: string;
  createdAt: Date;
  volunteer: { id: string; firstName: string; lastName: string };
  helpRequest: { id: string; reference: string } | null;
}

export interface TodayLink {
  id: string;
  nextCheckInAt: Date | null;
  lastContactAt: Date | null;
  startedAt: Date | null;
  volunteer: { id: string; firstName: string; lastName: string };
  helpRequest: { id: string; reference: string; person: { firstName: string } };
}

export interface TodayPauseRequest {
  id: string;
  firstName: string;
  lastName: string;
  pauseRequestedAt: Date | null;
  pauseRequestNote: string | null;
}

export interface LinkFollowUpToday {
  concerns: List<TodayConcern>;
  checkInsDue: List<TodayLink>;
  noContact: List<TodayLink>;
  pauseRequests: List<TodayPauseRequest>;
}

const VOLUNTEER = { select: { id: true, firstName: true, lastName: true } } as const;
const LINK_SELECT = {
  id: true,
  nextCheckInAt: true,
  lastContactAt: true,
  startedAt: true,
  volunteer: VOLUNTEER,
  helpRequest: { select: { id: true, reference: true, person: { select: { firstName: true } } } },
} as const satisfies Prisma.VolunteerLinkSelect;

export async function getLinkFollowUpToday(db: Db, now: Date, limit: number): Promise<LinkFollowUpToday> {
  const silentSince = new Date(now.getTime() - NO_CONTACT_ALERT_DAYS * 86_400_000);
  const concernWhere: Prisma.ConcernWhereInput = { acknowledgedAt: null };
  const checkInWhere: Prisma.VolunteerLinkWhereInput = { status: "ACTIVE", nextCheckInAt: { lte: now } };
  const silentWhere: Prisma.VolunteerLinkWhereInput = {
    status: "ACTIVE",
    OR: [{ lastContactAt: { lte: silentSince } }, { lastContactAt: null, startedAt: { lte: silentSince } }],
  };
  const pauseWhere: Prisma.VolunteerWhereInput = { pauseRequestedAt: { not: null }, anonymisedAt: null };
  const [concerns, concernTotal, checkIns, checkInTotal, silent, silentTotal, pauses, pauseTotal] =
    await Promise.all([
      db.concern.findMany({
        where: concernWhere,
        // Newest first: a concern just raised must show at once, however many wait.
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit,
        select: {
          id: true,
          category: true,
          body: true,
          createdAt: true,
          volunteer: VOLUNTEER,
          helpRequest: { select: { id: true, reference: true } },
        },
      }),
      db.concern.count({ where: concernWhere }),
      db.volunteerLink.findMany({
        where: checkInWhere,
        orderBy: [{ nextCheckInAt: "asc" }, { id: "asc" }],
        take: limit,
        select: LINK_SELECT,
      }),
      db.volunteerLink.count({ where: checkInWhere }),
      db.volunteerLink.findMany({
        where: silentWhere,
        orderBy: [{ lastContactAt: { sort: "asc", nulls: "first" } }, { startedAt: "asc" }, { id: "asc" }],
        take: limit,
        select: LINK_SELECT,
      }),
      db.volunteerLink.count({ where: silentWhere }),
      db.volunteer.findMany({
        where: pauseWhere,
        orderBy: [{ pauseRequestedAt: "asc" }, { id: "asc" }],
        take: limit,
        select: { id: true, firstName: true, lastName: true, pauseRequestedAt: true, pauseRequestNote: true },
      }),
      db.volunteer.count({ where: pauseWhere }),
    ]);
  return {
    concerns: { items: concerns, total: concernTotal },
    checkInsDue: { items: checkIns, total: checkInTotal },
    noContact: { items: silent, total: silentTotal },
    pauseRequests: { items: pauses, total: pauseTotal },
  };
}
