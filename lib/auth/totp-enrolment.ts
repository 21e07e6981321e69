import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { generateTotpSecret, verifyTotp } from "./totp";

/** The secret being set up for this user: kept until confirmed, so a reload shows the same QR code. */
export async function startTotpEnrolment(userId: string, db: Db = prisma): Promise<string> {
  const user = await db.staffUser.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new Error("The second factor is already set up");
  if (user.totpSecret) return user.totpSecret;
  const secret = generateTotpSecret();
  await db.staffUser.update({ where: { id: userId }, data: { totpSecret: secret } });
  return secret;
}

/** Confirms the set-up with a code from the app. False when the code doesn't match. */
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
  if (!user.totpSecret || !verifyTotp(user.totpSecret, code, now)) return false;
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: userId }, data: { totpEnabledAt: now } });
    await recordAuditEvent(tx, {
      action: "staff.enrol-second-factor",
      entityType: "StaffUser",
      entityId: userId,
      actorStaffId: userId,
      ipHash,
      occurredAt: now,
    });
  });
  return true;
}
