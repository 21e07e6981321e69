"use server";

import { CONFIRMATION_PARAM, issueConfirmationToken } from "@/lib/forms/confirmation-token";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/run-form-action";
import { submitHelpRequest } from "@/lib/help-requests/submit-help-request";
import { helpRequestFields, helpRequestSchema } from "@/lib/validation/help-request-schema";

/** The "Hulp nodig?" form's action: back to the form with everything kept, or on to the thank-you page once stored. */
export async function submitHelpRequestForm(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction({
    previous,
    formData,
    purpose: "help-request",
    fields: helpRequestFields,
    schema: helpRequestSchema,
    submit: async (input, ctx) => {
      const result = await submitHelpRequest(input, ctx);
      if (!result.ok) return result;
      // The thank-you page renders from this signed token, without reading the database again.
      const confirmation = issueConfirmationToken("help-request", {
        reference: result.reference,
        requestFor: input.requestFor,
        dueAt: result.dueAt.getTime(),
      });
      return { ok: true, redirectTo: `/hulp-nodig/bedankt?${CONFIRMATION_PARAM}=${confirmation}` };
    },
  });
}
