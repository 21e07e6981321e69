"use server";

// The actions on a request's page, one per form. Each checks the session and
// the permission first (requireStaff), then calls its domain function with the
// staff member as actor; the domain function checks again and decides. A
// refusal comes back to the form in Dutch with everything kept; success goes
// back to the request's page with a short confirmation.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { DoneKey } from "@/components/staff/request-done-messages";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/current-staff";
import { readFormValues } from "@/lib/forms/form-data";
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
  type AddNoteInput,
  type AssessInput,
  type AssignInput,
  type CloseInput,
  type CompleteFollowUpInput,
  type ContactAttemptInput,
  type FirstContactInput,
  type PlanFollowUpInput,
  type ReferInput,
  type SubjectConsentInput,
  type WithdrawInput,
} from "@/lib/validation/staff-request-schemas";
import type { RequestActionState } from "./action-state";

const FORBIDDEN_MESSAGE =
  "Je rol mag dit niet doen. Denk je dat dit niet klopt? Vraag het aan een beheerder.";

/** A refusal staff can read, or null for an error that is not ours to explain (it goes to the error page). */
function refusal(error: unknown): Pick<RequestActionState, "errors" | "message"> | null {
  if (isDomainError(error)) return { errors: error.fieldErrors, message: error.message };
  // requireStaff already checked the permission; the domain function checks again.
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
    return { attempt: previous.attempt + 1, values, ...refused };
  }
  revalidatePath(`/beheer/aanvragen/${requestId}`);
  revalidatePath("/beheer/aanvragen");
  revalidatePath("/beheer");
  redirect(`/beheer/aanvragen/${encodeURIComponent(requestId)}?gedaan=${done}`);
}

/** The fields of an action's schema, read from the form (lists for checkbox groups). */
function read(schema: { in: z.ZodObject } | z.ZodObject, formData: FormData): FormValues {
  return readFormValues(formData, "in" in schema ? schema.in : schema);
}

export async function logContactAttemptAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(contactAttemptSchema, formData);
  return perform(previous, values, "contactpoging", () =>
    logContactAttempt(staff.actor, values as ContactAttemptInput),
  );
}

export async function logFirstContactAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(firstContactSchema, formData);
  return perform(previous, values, "eerste-contact", () =>
    logFirstContact(staff.actor, values as FirstContactInput),
  );
}

export async function assessAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(assessSchema, formData);
  return perform(previous, values, "ingeschat", () => assessRequest(staff.actor, values as AssessInput));
}

export async function assignAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(assignSchema, formData);
  return perform(previous, values, "toegewezen", () => assignRequest(staff.actor, values as AssignInput));
}

export async function recordSubjectConsentAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(subjectConsentSchema, formData);
  return perform(previous, values, "toestemming", () =>
    recordSubjectConsent(staff.actor, values as SubjectConsentInput),
  );
}

export async function referAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(referSchema, formData);
  return perform(previous, values, "doorverwezen", () => referRequest(staff.actor, values as ReferInput));
}

export async function planFollowUpAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(planFollowUpSchema, formData);
  return perform(previous, values, "opvolging-gepland", () =>
    planFollowUp(staff.actor, values as PlanFollowUpInput),
  );
}

export async function completeFollowUpAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(completeFollowUpSchema, formData);
  return perform(previous, values, "opvolging-gedaan", () =>
    completeFollowUp(staff.actor, values as CompleteFollowUpInput),
  );
}

export async function closeAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(closeSchema, formData);
  return perform(previous, values, "afgesloten", () => closeRequest(staff.actor, values as CloseInput));
}

export async function withdrawAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(withdrawSchema, formData);
  return perform(previous, values, "ingetrokken", () =>
    withdrawRequest(staff.actor, values as WithdrawInput),
  );
}

export async function addNoteAction(
  previous: RequestActionState,
  formData: FormData,
): Promise<RequestActionState> {
  const staff = await requireStaff("request:update");
  const values = read(addNoteSchema, formData);
  return perform(previous, values, "notitie", () => addRequestNote(staff.actor, values as AddNoteInput));
}
