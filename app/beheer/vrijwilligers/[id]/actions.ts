"use server";

// The actions on a volunteer's page, one per form. Each checks the session
// and "volunteer:manage" first, then calls its domain function, which checks
// again and decides. A refusal comes back to the form in Dutch with
// everything kept; success goes back to the volunteer's page with a confirmation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { RequestActionState } from "@/app/beheer/aanvragen/[id]/action-state";
import type { VolunteerDoneKey } from "@/components/staff/volunteers/volunteer-done-messages";
import { ForbiddenError, type StaffActor } from "@/lib/auth/actor";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { readFormValues, valuesToShowAgain } from "@/lib/forms/form-data";
import { isDomainError } from "@/lib/help-requests/domain-error";
import {
  addVolunteerNoteSchema,
  cancelIntakeSchema,
  pauseVolunteerSchema,
  planIntakeSchema,
  recordIntakeOutcomeSchema,
  recordScreeningSchema,
  resumeVolunteerSchema,
  stopVolunteerSchema,
  updateVolunteerProfileSchema,
} from "@/lib/validation/staff-volunteer-schemas";
import { addVolunteerNote } from "@/lib/volunteers/add-volunteer-note";
import { cancelIntake } from "@/lib/volunteers/cancel-intake";
import { pauseVolunteer } from "@/lib/volunteers/pause-volunteer";
import { planIntake } from "@/lib/volunteers/plan-intake";
import { recordIntakeOutcome } from "@/lib/volunteers/record-intake-outcome";
import { recordScreening } from "@/lib/volunteers/record-screening";
import { resumeVolunteer } from "@/lib/volunteers/resume-volunteer";
import { stopVolunteer } from "@/lib/volunteers/stop-volunteer";
import { updateVolunteerProfile } from "@/lib/volunteers/update-volunteer-profile";

const FORBIDDEN_MESSAGE =
  "Je rol mag dit niet doen. Denk je dat dit niet klopt? Vraag het aan een beheerder.";

/**
 * One action: the session and permission, the fields of its schema, the
 * domain function; a refusal goes back to the form, success to the page.
 */
function volunteerAction<S extends z.ZodObject>(
  schema: S,
  done: VolunteerDoneKey,
  run: (actor: StaffActor, input: z.input<S>) => Promise<{ id: string }>,
) {
  return async (previous: RequestActionState, formData: FormData): Promise<RequestActionState> => {
    const staff = await requireStaffForAction("volunteer:manage");
    const values = readFormValues(formData, schema);
    let volunteerId: string;
    try {
      ({ id: volunteerId } = await run(staff.actor, values as z.input<S>));
    } catch (error) {
      const attempt = previous.attempt + 1;
      if (isDomainError(error)) {
        return {
          attempt,
          values: valuesToShowAgain(values),
          errors: error.fieldErrors,
          message: error.message,
        };
      }
      if (error instanceof ForbiddenError) return { attempt, values, errors: {}, message: FORBIDDEN_MESSAGE };
      throw error;
    }
    revalidatePath(`/beheer/vrijwilligers/${volunteerId}`);
    revalidatePath("/beheer/vrijwilligers");
    redirect(`/beheer/vrijwilligers/${encodeURIComponent(volunteerId)}?gedaan=${done}`);
  };
}

export const planIntakeAction = volunteerAction(planIntakeSchema, "intake-gepland", planIntake);
export const cancelIntakeAction = volunteerAction(cancelIntakeSchema, "intake-geannuleerd", cancelIntake);
export const recordIntakeOutcomeAction = volunteerAction(
  recordIntakeOutcomeSchema,
  "intake-verslag",
  recordIntakeOutcome,
);
export const recordScreeningAction = volunteerAction(recordScreeningSchema, "gescreend", recordScreening);
export const pauseVolunteerAction = volunteerAction(pauseVolunteerSchema, "gepauzeerd", pauseVolunteer);
export const resumeVolunteerAction = volunteerAction(resumeVolunteerSchema, "hervat", resumeVolunteer);
export const stopVolunteerAction = volunteerAction(stopVolunteerSchema, "gestopt", stopVolunteer);
export const updateVolunteerProfileAction = volunteerAction(
  updateVolunteerProfileSchema,
  "profiel",
  updateVolunteerProfile,
);
export const addVolunteerNoteAction = volunteerAction(addVolunteerNoteSchema, "notitie", addVolunteerNote);
