"use server";

// The actions on a request's page, one per form. Each checks the session and
// the permission first (requireStaffForAction), then calls its domain function with the
// staff member as actor; the domain function checks again and decides. A
// refusal comes back to the form in Dutch with everything kept; success goes
// back to the request's page with a short confirmation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { DoneKey } from "@/components/staff/request-done-messages";
import { ForbiddenError, type StaffActor } from "@/lib/auth/actor";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { readFormValues, valuesToShowAgain } from "@/lib/forms/form-data";
import type { FormValues } from "@/lib/forms/form-state";
import { addRequestNote } from "@/lib/help-requests/add-request-note";
import { assessRequest } from "@/lib/help-requests/assess-request";
import { assignRequest } from "@/lib/help-requests/assign-request";
import { closeRequest } from "@/lib/help-requests/close-request";
import { completeFollowUp } from "@/lib/help-requests/complete-follow-up";
import { isDomainError } from "@/lib/help-requests/domain-error";
import { logContactAttempt } from "@/lib/help-requests/log-contact-attempt";
import { logFirstContact } from "@/lib/help-requests/log-first-contact";
import { planFollowUp } from "@/lib/help-requests/plan-follow-up";
import { recordSubjectConsent } from "@/lib/help-requests/record-subject-consent";
import { referRequest } from "@/lib/help-requests/refer-request";
import { withdrawRequest } from "@/lib/help-requests/withdraw-request";
import {
  addNoteSchema,
  assessSchema,
  assignSchema,
  closeSchema,
  completeFollowUpSchema,
  contactAttemptSchema,
  firstContactSchema,
  planFollowUpSchema,
  referSchema,
  subjectConsentSchema,
  withdrawSchema,
} from "@/lib/validation/staff-request-schemas";
import type { RequestActionState } from "./action-state";

const FORBIDDEN_MESSAGE =
  "Je rol mag dit niet doen. Denk je dat dit niet klopt? Vraag het aan een beheerder.";

/** A refusal staff can read, or null for an error that is not ours to explain (it goes to the error page). */
function refusal(error: unknown): Pick<RequestActionState, "errors" | "message"> | null {
  if (isDomainError(error)) return { errors: error.fieldErrors, message: error.message };
  // requireStaffForAction already checked the permission; the domain function checks again.
  if (error instanceof ForbiddenError) return { errors: {}, message: FORBIDDEN_MESSAGE };
  return null;
}

/**
 * The shared tail of every action: run the domain function; on a refusal
 * return the values and the Dutch message; on success refresh the pages that
 * show the request and go back to it with the confirmation.
 */
async function perform(
  previous: RequestActionState,
  values: FormValues,
  done: DoneKey,
  run: () => Promise<{ id: string }>,
): Promise<RequestActionState> {
  let requestId: string;
  try {
    ({ id: requestId } = await run());
  } catch (error) {
    const refused = refusal(error);
    if (!refused) throw error;
    return { attempt: previous.attempt + 1, values: valuesToShowAgain(values), ...refused };
  }
  revalidatePath(`/beheer/aanvragen/${requestId}`);
  revalidatePath("/beheer/aanvragen");
  revalidatePath("/beheer");
  redirect(`/beheer/aanvragen/${encodeURIComponent(requestId)}?gedaan=${done}`);
}

/** An action's schema: an object, or a pipe from one (a schema with a transform). */
type ActionSchema = { in: z.ZodObject } | z.ZodObject;

/** The fields of an action's schema, read from the form (lists for checkbox groups). */
function read(schema: ActionSchema, formData: FormData): FormValues {
  return readFormValues(formData, "in" in schema ? schema.in : schema);
}

/**
 * One action: the session and permission, the fields of its schema, then the
 * domain function (which parses the values with the same schema).
 */
function requestAction<S extends ActionSchema>(
  schema: S,
  done: DoneKey,
  run: (actor: StaffActor, input: z.input<S>) => Promise<{ id: string }>,
) {
  return async (previous: RequestActionState, formData: FormData): Promise<RequestActionState> => {
    const staff = await requireStaffForAction("request:update");
    const values = read(schema, formData);
    return perform(previous, values, done, () => run(staff.actor, values as z.input<S>));
  };
}

export const logContactAttemptAction = requestAction(
  contactAttemptSchema,
  "contactpoging",
  logContactAttempt,
);
export const logFirstContactAction = requestAction(firstContactSchema, "eerste-contact", logFirstContact);
export const assessAction = requestAction(assessSchema, "ingeschat", assessRequest);
export const assignAction = requestAction(assignSchema, "toegewezen", assignRequest);
export const recordSubjectConsentAction = requestAction(
  subjectConsentSchema,
  "toestemming",
  recordSubjectConsent,
);
export const referAction = requestAction(referSchema, "doorverwezen", referRequest);
export const planFollowUpAction = requestAction(planFollowUpSchema, "opvolging-gepland", planFollowUp);
export const completeFollowUpAction = requestAction(
  completeFollowUpSchema,
  "opvolging-gedaan",
  completeFollowUp,
);
export const closeAction = requestAction(closeSchema, "afgesloten", closeRequest);
export const withdrawAction = requestAction(withdrawSchema, "ingetrokken", withdrawRequest);
export const addNoteAction = requestAction(addNoteSchema, "notitie", addRequestNote);
