import "server-only";
import type { z } from "zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { pauseVolunteerSchema } from "@/lib/validation/staff-volunteer-schemas";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/**
 * Pauses an active volunteer (ACTIVE → PAUSED): they get no new suggestions.
 * Running links stay; a pause the volunteer asked for is answered with it.
 */
export async function pauseVolunteer(
  actor: StaffActor,
  input: z.input<typeof pauseVolunteerSchema>,
  { db, now = new Date() }: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const { volunteerId, note } = parseStaffInput(pauseVolunteerSchema, input);
  return changeVolunteer(
    actor,
    volunteerId,
    { action: "pause", to: "PAUSED", db, now },
    async ({ tx, volunteer }) => {
      await tx.volunteer.update({
        where: { id: volunteer.id },
        data: { status: "PAUSED", pausedAt: now, pauseRequestedAt: null, pauseRequestNote: null },
      });
      return {
        event: { type: "STATUS_CHANGED", note: note || null },
        audit: { answeredPauseRequest: volunteer.pauseRequestedAt !== null },
      };
    },
  );
}
