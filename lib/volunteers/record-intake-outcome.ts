import "server-only";
import type { z } from "zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { recordIntakeOutcomeSchema } from "@/lib/validation/staff-volunteer-schemas";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/**
 * Records how the intake interview went: on to screening with what was
 * agreed (INTAKE_PLANNED → SCREENING), or not further (→ STOPPED, the text is the reason).
 */
export async function recordIntakeOutcome(
  actor: StaffActor,
  input: z.input<typeof recordIntakeOutcomeSchema>,
  { db, now = new Date() }: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const { volunteerId, outcome, note } = parseStaffInput(recordIntakeOutcomeSchema, input);
  const stopped = outcome === "STOPPED";
  return changeVolunteer(
    actor,
    volunteerId,
    { action: "record-intake-outcome", to: outcome, db, now },
    async ({ tx, volunteer }) => {
      await tx.volunteer.update({
        where: { id: volunteer.id },
        data: {
          status: outcome,
          intakeDoneAt: now,
          intakeOutcome: note,
          ...(stopped ? { stoppedAt: now, stopReason: note } : {}),
        },
      });
      return { event: { type: "INTAKE_DONE", note }, audit: { outcome } };
    },
  );
}
