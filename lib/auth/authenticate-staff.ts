import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/rate-limit/consume-rate-limit";
import { clearRateLimit, refundRateLimit } from "@/lib/rate-limit/refund-rate-limit";
import { acceptTotpCode } from "./accept-totp-code";
import { dummyPasswordHash, verifyPassword } from "./password";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { roleNeedsSecondFactor } from "./permissions";
import { createStaffSession } from "./staff-sessions";

export interface StaffCredentials {
  email: string;
  password: string;
  /** The 6-digit code of the authenticator app; empty when not enrolled yet. */
  code: string;
}

export type AuthenticateResult =
  | { ok: true; sessionToken: string; userId: string; role: StaffRole; mustEnrolSecondFactor: boolean }
  /** "invalid" covers unknown account, wrong password, wrong or missing code and a deactivated account alike: the message must not tell which. */
  | { ok: false; reason: "invalid" | "rate-limited" };

interface AuthenticateContext {
  /** Salted hash of the client address. */
  clientKey: string;
  userAgent?: string | null;
  /** True only on the embedded demo database (TEZAMEN_DEMO_DATABASE), where demo accounts may skip enrolment. */
  demoDatabase: boolean;
  db?: Db;
  now?: Date;
}

const KNOWN_CLIENT_MS = 90 * 24 * 3_600_000;

/**
 * Checks a staff member's e-mail, password and second factor and starts a
 * server-side session. Failed attempts are rate-limited (RATE_LIMITS.login*)
 * so that guessing is slow but a stranger can't lock the owner out:
 * - per account and client, tightly: whoever trips it is refused, from there only;
 * - per account over all clients, more loosely, except for clients this
 *   account signed in from in the last 90 days (the owner's usual ones);
 * - per client over all accounts.
 * Each attempt is counted before the password is checked (one atomic step per
 * counter, so parallel attempts can't slip past a limit) and the count is taken
 * back when it is refused or succeeds: only failures count. A success also
 * clears that client's failures on the account.
 */
export async function authenticateStaff(
  credentials: StaffCredentials,
  ctx: AuthenticateContext,
): Promise<AuthenticateResult> {
  const db = ctx.db ?? prisma;
  const now = ctx.now ?? new Date();
  const email = credentials.email.trim().toLowerCase();
  const keys = {
    pair: `login-account-client:${ctx.clientKey}:${email}`,
    account: `login-account:${email}`,
    client: `login-client:${ctx.clientKey}`,
  };

  const pair = await consumeRateLimit(db, keys.pair, RATE_LIMITS.loginPerAccountAndClient, now);
  const client = await consumeRateLimit(db, keys.client, RATE_LIMITS.loginPerClient, now);
  const account = await consumeRateLimit(db, keys.account, RATE_LIMITS.loginPerAccount, now);
  const user = await db.staffUser.findUnique({ where: { email } });
  const refused =
    !pair.allowed ||
    !client.allowed ||
    (!account.allowed && !(user && (await isKnownClient(db, user.id, ctx.clientKey, now))));
  if (refused) {
    // A refused attempt tried nothing: it doesn't count, or a refused stranger
    // could still fill the account's limit.
    await refundRateLimit(db, keys.pair, RATE_LIMITS.loginPerAccountAndClient, now);
    await refundAttempt(db, keys, now);
    return { ok: false, reason: "rate-limited" };
  }

  // Verify against a dummy hash for unknown accounts: the answer takes as long either way.
  const passwordOk = await verifyPassword(
    user?.passwordHash ?? (await dummyPasswordHash()),
    credentials.password,
  );
  if (!user || !user.isActive || !passwordOk) {
    await recordAuditEvent(db, {
      action: "staff.login-failed",
      entityType: "StaffUser",
      entityId: user?.id ?? null,
      ipHash: ctx.clientKey,
      occurredAt: now,
    });
    return { ok: false, reason: "invalid" };
  }

  const needsFactor = roleNeedsSecondFactor(user.role);
  const totpSecret = user.totpEnabledAt ? user.totpSecret : null;
  const enrolled = totpSecret !== null;
  // A code is used up once accepted (see acceptTotpCode): a replay is refused like a wrong code.
  if (
    needsFactor &&
    enrolled &&
    !(await acceptTotpCode(db, { id: user.id, totpSecret }, credentials.code, now))
  ) {
    await recordAuditEvent(db, {
      action: "staff.login-failed",
      entityType: "StaffUser",
      entityId: user.id,
      ipHash: ctx.clientKey,
      occurredAt: now,
      data: { factor: "totp" },
    });
    return { ok: false, reason: "invalid" };
  }
  // Only failures count: this one is taken back, and this client starts afresh on the account.
  await clearRateLimit(db, keys.pair);
  await refundAttempt(db, keys, now);
  // Demo accounts may skip enrolment, and only on the embedded demo database.
  const mustEnrolSecondFactor = needsFactor && !enrolled && !(user.isDemo && ctx.demoDatabase);

  const sessionToken = await createStaffSession(
    user.id,
    { ipHash: ctx.clientKey, userAgent: ctx.userAgent },
    { db, now },
  );
  await recordAuditEvent(db, {
    action: "staff.login",
    entityType: "StaffUser",
    entityId: user.id,
    actorStaffId: user.id,
    ipHash: ctx.clientKey,
    occurredAt: now,
  });
  return { ok: true, sessionToken, userId: user.id, role: user.role, mustEnrolSecondFactor };
}

/** Takes back one attempt from the account's and the client's counts. */
async function refundAttempt(db: Db, keys: { account: string; client: string }, now: Date): Promise<void> {
  await refundRateLimit(db, keys.client, RATE_LIMITS.loginPerClient, now);
  await refundRateLimit(db, keys.account, RATE_LIMITS.loginPerAccount, now);
}

/** Whether this client signed in to this account before: the owner's usual device or network. */
async function isKnownClient(db: Db, staffUserId: string, clientKey: string, now: Date): Promise<boolean> {
  const session = await db.staffSession.findFirst({
    where: { staffUserId, ipHash: clientKey, createdAt: { gte: new Date(now.getTime() - KNOWN_CLIENT_MS) } },
    select: { id: true },
  });
  return session !== null;
}

/** Whether this process runs on the embedded demo database (set by scripts/start.mjs, never with DATABASE_URL). */
export function isDemoDatabase(env: Record<string, string | undefined> = process.env): boolean {
  return env.TEZAMEN_DEMO_DATABASE === "1";
}
