"use server";

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
      // The confirmation key is the form's own idempotency key: random, and known only to whoever sent the form.
      return result.ok
        ? {
            ok: true,
            redirectTo: `/ik-wil-helpen/bedankt?aanmelding=${encodeURIComponent(ctx.submissionToken)}`,
          }
        : result;
    },
  });
}
