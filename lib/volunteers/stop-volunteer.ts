import "server-only";
import type { z } from "zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { stopVolunteerSchema } from "@/lib/validation/staff-volunteer-schemas";
import { LOAD_STATUSES } from "@/lib/volunteer-links/lifecycle";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/**
 * Stops a volunteer, with a reason (any status → STOPPED). Refused while they
 * still have open links (proposed, accepted or running): those are ended
 * first on the request's page, so nobody is left without a word. A planned
 * intake slot is free again at once (the unique index only covers INTAKE_PLANNED).
 */
export async function stopVolunteer(
  actor: StaffActor,
  input: z.input<typeof stopVolunteerSchema>,
  { db, now = new Date() }: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const { volunteerId, reason } = parseStaffInput(stopVolunteerSchema, input);
  return changeVolunteer(
    actor,
    volunteerId,
    { action: "stop", to: "STOPPED", db, now },
    async ({ tx, volunteer }) => {
      const open = await tx.volunteerLink.findMany({
        where: { volunteerId: volunteer.id, status: { in: [...LOAD_STATUSES] } },
        select: { helpRequest: { select: { reference: true } } },
        orderBy: { createdAt: "asc" },
      });
      if (open.length > 0) {
        const references = open.map((l) => l.helpRequest.reference).join(", ");
        throw new DomainError(
          "transition-refused",
          `Deze vrijwilliger heeft nog open koppelingen (${references}). Beëindig die eerst op de pagina van de aanvraag.`,
        );
      }
      await tx.volunteer.update({
        where: { id: volunteer.id },
        data: { status: "STOPPED", stoppedAt: now, stopReason: reason, pauseRequestedAt: null },
      });
      return { event: { type: "STATUS_CHANGED", note: reason } };
    },
  );
}
