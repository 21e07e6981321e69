import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getSettings } from "@/lib/settings/get-settings";
import { resolveOptions, type UseCaseOptions } from "./context";
import { invitationLink, newInvitation, queueInvitationMail } from "./invitation";
import { STAFF_USER_NOT_FOUND, AdminError } from "./admin-error";

/**
 * A new invitation link for someone who has not chosen a password yet (the
 * first one expired or got lost). The old link stops working at once.
 */
export async function resendStaffInvitation(
  actor: StaffActor,
  input: { userId: string },
  options?: UseCaseOptions,
): Promise<{ invitationLink: string; expiresAt: Date; email: string }> {
  assertCan(actor, "user:manage");
  const { db, now } = resolveOptions(options);
  const invitation = newInvitation(now);
  const link = invitationLink(invitation.token);
  const { cityName } = await getSettings(db);

  return db.$transaction(async (tx) => {
    const user = await tx.staffUser.findUnique({
      where: { id: input.userId },
      select: { id: true, name: true, email: true, role: true, isActive: true, inviteTokenHash: true },
    });
    if (!user) throw new AdminError("not-found", STAFF_USER_NOT_FOUND);
    if (!user.inviteTokenHash) {
      throw new AdminError(
        "already-done",
        `${user.name} heeft al een wachtwoord gekozen. Een nieuwe uitnodiging is niet nodig.`,
      );
    }
    if (!user.isActive) {
      throw new AdminError(
        "invalid-input",
        `Het account van ${user.name} is uitgeschakeld. Schakel het eerst weer in.`,
      );
    }
    await tx.staffUser.update({
      where: { id: user.id },
      data: { inviteTokenHash: invitation.tokenHash, inviteExpiresAt: invitation.expiresAt },
    });
    await queueInvitationMail(tx, {
      to: user.email,
      name: user.name,
      role: user.role,
      cityName,
      link,
      expiresAt: invitation.expiresAt,
    });
    await recordAuditEvent(tx, {
      action: "staff-user.resend-invitation",
      entityType: "StaffUser",
      entityId: user.id,
      actorStaffId: actor.id,
      ipHash: actor.ipHash,
      occurredAt: now,
      data: { expiresAt: invitation.expiresAt.toISOString() },
    });
    return { invitationLink: link, expiresAt: invitation.expiresAt, email: user.email };
  });
}
