import { createHash, randomBytes } from "node:crypto";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

/** Ended after this long without a request. */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
/** Ended this long after sign-in, active or not. */
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
/** lastSeenAt is written at most this often, so every click doesn't write. */
const TOUCH_INTERVAL_MS = 60_000;

export interface ValidStaffSession {
  sessionId: string;
  user: {
    id: string;
    name: string;
    email: string;
    role: StaffRole;
    totpEnabledAt: Date | null;
    isDemo: boolean;
  };
}

/** The session id is random; only its hash is stored, so a database leak yields no usable sessions. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a server-side session; returns the token to keep in the signed session cookie. */
export async function createStaffSession(
  userId: string,
  meta: { ipHash?: string | null; userAgent?: string | null } = {},
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.staffSession.create({
    data: {
      tokenHash: hashSessionToken(token),
      staffUserId: userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS),
      ipHash: meta.ipHash ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      createdAt: now,
    },
  });
  await db.staffUser.update({ where: { id: userId }, data: { lastLoginAt: now } });
  return token;
}

/**
 * The session for a token if it is still valid: not ended, not idle for 30
 * minutes, not older than 12 hours, and its user still active. Checked on every
 * request, so logging out or deactivating a user takes effect at once.
 */
export async function validateStaffSession(
  token: string | undefined | null,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<ValidStaffSession | null> {
  if (!token) return null;
  const session = await db.staffSession.findUnique({
    where: { tokenHash: hashSessionToken(token) },
    include: {
      staffUser: {
        select: {
          id: true,
          name: true,
          email: true,
          role: true,
          totpEnabledAt: true,
          isDemo: true,
          isActive: true,
        },
      },
    },
  });
  if (!session || session.endedAt || !session.staffUser.isActive) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() > IDLE_TIMEOUT_MS;
  if (idle || session.expiresAt <= now) {
    await db.staffSession.update({ where: { id: session.id }, data: { endedAt: now } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.staffSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { isActive: _isActive, ...user } = session.staffUser;
  return { sessionId: session.id, user };
}

/** Log out: ends this session on the server. */
export async function endStaffSession(
  token: string,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
) {
  await db.staffSession.updateMany({
    where: { tokenHash: hashSessionToken(token), endedAt: null },
    data: { endedAt: now },
  });
}

/** Ends every open session of a user (deactivation, role change, second factor reset). */
export async function endAllStaffSessions(
  userId: string,
  db: Db | Prisma.TransactionClient = prisma,
  now = new Date(),
) {
  await db.staffSession.updateMany({ where: { staffUserId: userId, endedAt: null }, data: { endedAt: now } });
}

/** Ends every open session of a user but the one with this token (a password change keeps the session that made it). */
export async function endOtherStaffSessions(
  userId: string,
  keepToken: string,
  db: Db | Prisma.TransactionClient = prisma,
  now = new Date(),
) {
  await db.staffSession.updateMany({
    where: { staffUserId: userId, endedAt: null, tokenHash: { not: hashSessionToken(keepToken) } },
    data: { endedAt: now },
  });
}
