import type { VolunteerActor } from "@/lib/auth/actor";
import { volunteerActorLabel } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { queueMail } from "@/lib/mail/queue-mail";
import { staffAreaUrl } from "@/lib/mail/messages";
import { volunteerCoordinatorRecipients } from "@/lib/volunteer-links/coordinator-recipients";
import { PortalRefusal } from "./portal-refusal";

/**
 * The volunteer asks for a pause. It is a request: the coordinator talks it
 * through and pauses them (the links need a new volunteer first). Like every
 * mail, it names no one: who and why stay behind the login.
 */
export async function requestPause(
  actor: VolunteerActor,
  input: { note?: string | null },
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Volunteer" WHERE "id" = ${actor.volunteerId} FOR UPDATE`;
    const volunteer = await tx.volunteer.findUnique({
      where: { id: actor.volunteerId },
      select: { id: true, status: true },
    });
    if (!volunteer || volunteer.status !== "ACTIVE") {
      throw new PortalRefusal("transition-refused", "Je pauze loopt al. Je hoeft niets meer te doen.");
    }
    const note = input.note?.trim() || null;
    await tx.volunteer.update({
      where: { id: volunteer.id },
      data: { pauseRequestedAt: now, pauseRequestNote: note },
    });
    await tx.volunteerEvent.create({
      data: { type: "PAUSE_REQUESTED", volunteerId: volunteer.id, note, occurredAt: now },
    });
    await recordAuditEvent(tx, {
      action: "volunteer.request-pause",
      entityType: "Volunteer",
      entityId: volunteer.id,
      actorLabel: volunteerActorLabel(actor),
      ipHash: actor.ipHash,
      occurredAt: now,
    });
    for (const to of await volunteerCoordinatorRecipients(tx)) {
      await queueMail(
        tx,
        {
          to,
          subject: "Een vrijwilliger vraagt een pauze",
          text: [
            "Een zorgzame buur vraagt een pauze.",
            "Wie het is en waarom: zie Tezamen.",
            staffAreaUrl(`/beheer/vrijwilligers/${volunteer.id}`),
          ].join("\n"),
        },
        { now },
      );
    }
  });
}
