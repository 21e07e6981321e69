"use server";

import { CONFIRMATION_PARAM, issueConfirmationToken } from "@/lib/forms/confirmation-token";
import type { FormState } from "@/lib/forms/form-state";
import { runFormAction } from "@/lib/forms/run-form-action";
import {
  volunteerApplicationFields,
  volunteerApplicationSchema,
} from "@/lib/validation/volunteer-application-schema";
import { submitVolunteerApplication } from "@/lib/volunteers/submit-volunteer-application";

/** The volunteer sign-up's action: back to the form with everything kept, or on to the thank-you page once stored. */
export async function submitVolunteerApplicationForm(
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  return runFormAction({
    previous,
    formData,
    purpose: "volunteer-application",
    fields: volunteerApplicationFields,
    schema: volunteerApplicationSchema,
    submit: async (input, ctx) => {
      const result = await submitVolunteerApplication(input, ctx);
      if (!result.ok) return result;
      // The thank-you page renders from this signed token, without reading the database again.
      const confirmation = issueConfirmationToken("volunteer-application", {});
      return { ok: true, redirectTo: `/ik-wil-helpen/bedankt?${CONFIRMATION_PARAM}=${confirmation}` };
    },
  });
}
