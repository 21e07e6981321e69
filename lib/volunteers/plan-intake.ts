import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { isUniqueViolation } from "@/lib/forms/submit-once";
import { DomainError } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { getSettings } from "@/lib/settings/get-settings";
import { planIntakeSchema, type PlanIntakeInput } from "@/lib/validation/staff-volunteer-schemas";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";
import { isIntakeSlot, parseIntakeWindows } from "./intake-slots";

export const SLOT_TAKEN = "Op dat moment is al een andere intake gepland. Kies een ander moment.";

/**
 * Plans the intake interview in one of the weekly intake slots
 * (APPLIED → INTAKE_PLANNED). One interview per slot: the partial unique
 * index on Volunteer(intakeAt) refuses a second booking, also when two
 * coordinators choose the same slot at the same moment.
 */
export async function planIntake(
  actor: StaffActor,
  input: PlanIntakeInput,
  { db, now = new Date() }: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const parsed = parseStaffInput(planIntakeSchema, input);
  const intakeAt = new Date(parsed.intakeAt);
  const refuse = (message: string) => new DomainError("invalid-input", message, { intakeAt: message });
  try {
    return await changeVolunteer(
      actor,
      parsed.volunteerId,
      { action: "plan-intake", to: "INTAKE_PLANNED", db, now },
      async ({ tx, volunteer }) => {
        const { windows } = parseIntakeWindows((await getSettings(tx)).volunteerIntakeSlots);
        if (intakeAt.getTime() <= now.getTime() || !isIntakeSlot(windows, intakeAt)) {
          throw refuse("Kies een van de intakemomenten uit de lijst.");
        }
        const taken = await tx.volunteer.count({
          where: { status: "INTAKE_PLANNED", intakeAt, id: { not: volunteer.id } },
        });
        if (taken > 0) throw refuse(SLOT_TAKEN);
        await tx.volunteer.update({
          where: { id: volunteer.id },
          data: { status: "INTAKE_PLANNED", intakeAt },
        });
        return { event: { type: "INTAKE_PLANNED" }, audit: { intakeAt: intakeAt.toISOString() } };
      },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw refuse(SLOT_TAKEN);
    throw error;
  }
}
