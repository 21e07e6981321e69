import "server-only";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { VolunteerActor } from "@/lib/auth/actor";
import { valuesToShowAgain } from "@/lib/forms/form-data";
import { requireVolunteer } from "@/lib/volunteer-portal/current-volunteer";
import type { PortalFormState } from "@/lib/volunteer-portal/portal-form-state";
import { isPortalRefusal } from "@/lib/volunteer-portal/portal-refusal";

/** The string fields of a form post (buttons with a name included). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData)
    if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** The first message per field of a failed parse, for the form's error summary. */
export function fieldErrors(
  issues: readonly { path: PropertyKey[]; message: string }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

/**
 * The frame of every action on the volunteer page: signed in (else to the
 * sign-in page), input checked with the form's schema, the use case run with
 * the volunteer as actor, a refusal shown in the form, and on success a
 * redirect to `run`'s answer (a new page: works the same without JavaScript).
 */
export async function runPortalAction<S extends z.ZodType>(
  previous: PortalFormState,
  formData: FormData,
  schema: S,
  run: (actor: VolunteerActor, input: z.output<S>) => Promise<string>,
): Promise<PortalFormState> {
  const { actor } = await requireVolunteer();
  const values = formValues(formData);
  const attempt = previous.attempt + 1;
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return {
      attempt,
      errors: fieldErrors(parsed.error.issues),
      message: null,
      values: valuesToShowAgain(values),
    };
  }
  let next: string;
  try {
    next = await run(actor, parsed.data);
  } catch (error) {
    if (!isPortalRefusal(error)) throw error;
    return { attempt, errors: {}, message: error.message, values };
  }
  redirect(next);
}
