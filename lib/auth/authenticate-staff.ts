import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/rate-limit/consume-rate-limit";
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

/**
 * Checks a staff member's e-mail, password and second factor, rate-limited
 * per account and per client, and starts a server-side session.
 */
export async function authenticateStaff(
  credentials: StaffCredentials,
  ctx: AuthenticateContext,
): Promise<AuthenticateResult> {
  const db = ctx.db ?? prisma;
  const now = ctx.now ?? new Date();
  const email = credentials.email.trim().toLowerCase();

  const perClient = await consumeRateLimit(
    db,
    `login-client:${ctx.clientKey}`,
    RATE_LIMITS.loginPerClient,
    now,
  );
  const perAccount = await consumeRateLimit(db, `login-account:${email}`, RATE_LIMITS.loginPerAccount, now);
  if (!perClient.allowed || !perAccount.allowed) return { ok: false, reason: "rate-limited" };

  const user = await db.staffUser.findUnique({ where: { email } });
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

/** Whether this process runs on the embedded demo database (set by scripts/start.mjs, never with DATABASE_URL). */
export function isDemoDatabase(env: Record<string, string | undefined> = process.env): boolean {
  return env.TEZAMEN_DEMO_DATABASE === "1";
}
