import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { cancelIntakeSchema } from "@/lib/validation/staff-volunteer-schemas";
import type { z } from "zod";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/** Cancels the planned interview (INTAKE_PLANNED → APPLIED); the slot is free again. */
export async function cancelIntake(
  actor: StaffActor,
  input: z.input<typeof cancelIntakeSchema>,
  options: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const { volunteerId, note } = parseStaffInput(cancelIntakeSchema, input);
  return changeVolunteer(
    actor,
    volunteerId,
    { action: "cancel-intake", to: "APPLIED", ...options },
    async ({ tx, volunteer }) => {
      await tx.volunteer.update({ where: { id: volunteer.id }, data: { status: "APPLIED", intakeAt: null } });
      return { event: { type: "STATUS_CHANGED", note: note || "Intake geannuleerd." } };
    },
  );
}
