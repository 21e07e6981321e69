import "server-only";
import type { z } from "zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { resumeVolunteerSchema } from "@/lib/validation/staff-volunteer-schemas";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/** Ends a pause (PAUSED → ACTIVE); no new screening is needed (lib/volunteers/lifecycle.ts). */
export async function resumeVolunteer(
  actor: StaffActor,
  input: z.input<typeof resumeVolunteerSchema>,
  options: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const { volunteerId, note } = parseStaffInput(resumeVolunteerSchema, input);
  return changeVolunteer(
    actor,
    volunteerId,
    { action: "resume", to: "ACTIVE", ...options },
    async ({ tx, volunteer }) => {
      await tx.volunteer.update({
        where: { id: volunteer.id },
        data: { status: "ACTIVE", pausedAt: null, pauseRequestedAt: null, pauseRequestNote: null },
      });
      return { event: { type: "STATUS_CHANGED", note: note || null } };
    },
  );
}
