import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { serverSecret } from "@/lib/forms/server-secret";
import { acceptTotpCode, readTotpSecret } from "./accept-totp-code";
import { generateTotpSecret } from "./totp";
import { sealTotpSecret } from "./totp-secret-box";

/**
 * The secret being set up for this user: kept (encrypted) until confirmed, so
 * a reload shows the same QR code. Returns it in clear, for the QR code.
 */
export async function startTotpEnrolment(userId: string, db: Db = prisma): Promise<string> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new Error("The second factor is already set up");
  // A pending secret this AUTH_SECRET can't read is simply replaced: nobody confirmed it yet.
  const pending = user.totpSecret ? readTotpSecret(userId, user.totpSecret) : null;
  if (pending) return pending;
  const secret = generateTotpSecret();
  await db.staffUser.update({
    where: { id: userId },
    data: { totpSecret: sealTotpSecret(secret, serverSecret()), lastTotpStep: null },
  });
  return secret;
}

/** Confirms the set-up with a code from the app (used up like a sign-in code). False when the code doesn't match. */
export async function confirmTotpEnrolment(
  userId: string,
  code: string,
  { db = prisma, now = new Date(), ipHash = null }: { db?: Db; now?: Date; ipHash?: string | null } = {},
): Promise<boolean> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) return true;
  const { totpSecret } = user;
  if (!totpSecret) return false;
  return db.$transaction(async (tx) => {
    if (!(await acceptTotpCode(tx, { id: userId, totpSecret }, code, now))) return false;
    await tx.staffUser.update({ where: { id: userId }, data: { totpEnabledAt: now } });
    await recordAuditEvent(tx, {
      action: "staff.enrol-second-factor",
      entityType: "StaffUser",
      entityId: userId,
      actorStaffId: userId,
      ipHash,
      occurredAt: now,
    });
    return true;
  });
}
