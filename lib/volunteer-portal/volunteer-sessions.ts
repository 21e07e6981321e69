// Server-side sessions of volunteers on /vrijwilliger. Only a hash of the token
// is stored. Longer than staff sessions on purpose (docs/decisions/0008-volunteer-sign-in.md):
// a volunteer opens the page now and then, on their own phone, and sees only
// a first name and a number; asking a mail code every time would keep them away.
import { randomBytes } from "node:crypto";
import { hashSessionToken } from "@/lib/auth/staff-sessions";
import { prisma, type Db } from "@/lib/db";
import { SIGN_IN_STATUSES } from "./login-limits";

const DAY_MS = 24 * 3_600_000;
/** Ended after this long without a visit. */
export const VOLUNTEER_IDLE_TIMEOUT_MS = 7 * DAY_MS;
/** Ended this long after sign-in, however active. */
export const VOLUNTEER_ABSOLUTE_TIMEOUT_MS = 30 * DAY_MS;
/** lastSeenAt is written at most this often. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Not idle for 7 days, not older than 30 days, and the volunteer still ACTIVE
 * or PAUSED. The one rule for the session check and the proxy's link check.
 */
export function isVolunteerSessionUsable(
  session: { endedAt: Date | null; lastSeenAt: Date; expiresAt: Date },
  volunteerStatus: string,
  now: Date,
): boolean {
  return (
    session.endedAt === null &&
    (SIGN_IN_STATUSES as readonly string[]).includes(volunteerStatus) &&
    now.getTime() - session.lastSeenAt.getTime() <= VOLUNTEER_IDLE_TIMEOUT_MS &&
    session.expiresAt > now
  );
}

export interface ValidVolunteerSession {
  sessionId: string;
  volunteerId: string;
  firstName: string;
  status: string;
}

export async function createVolunteerSession(
  volunteerId: string,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.volunteerSession.create({
    data: {
      tokenHash: hashSessionToken(token),
      volunteerId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + VOLUNTEER_ABSOLUTE_TIMEOUT_MS),
      createdAt: now,
    },
  });
  return token;
}

/**
 * The session for a token while it is valid: not ended, not idle for 7 days,
 * not older than 30 days, and the volunteer still ACTIVE or PAUSED. Checked
 * on every request, so a stopped volunteer is out on their next click.
 */
export async function validateVolunteerSession(
  token: string | undefined | null,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<ValidVolunteerSession | null> {
  if (!token) return null;
  const session = await db.volunteerSession.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    include: { volunteer: { select: { id: true, firstName: true, status: true } } },
  });
  if (!session || session.endedAt) return null;
  if (!isVolunteerSessionUsable(session, session.volunteer.status, now)) {
    await db.volunteerSession.update({ where: { id: session.id }, data: { endedAt: now } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.volunteerSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { volunteer } = session;
  return {
    sessionId: session.id,
    volunteerId: volunteer.id,
    firstName: volunteer.firstName,
    status: volunteer.status,
  };
}

export async function endVolunteerSession(
  token: string,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<void> {
  await db.volunteerSession.updateMany({
    where: { tokenHash: hashSessionToken(token), endedAt: null },
    data: { endedAt: now },
  });
}
