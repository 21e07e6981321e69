// The state of the phone/partner intake form between its server action and
// the form. Plain data, safe in the browser.
import type { FormValues } from "@/lib/forms/form-state";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";

/** Name of the hidden field with the form's idempotency token. */
export const INTAKE_TOKEN_FIELD = "submissionToken";

export interface IntakeDuplicate {
  id: string;
  reference: string;
  status: HelpRequestStatus;
  /** ISO time. */
  receivedAt: string;
  matchedOn: ("phone" | "email")[];
}

export interface IntakeState {
  /** Counts answers, so the form remounts with the kept values. */
  attempt: number;
  /** One token per form: a double submit or a retry yields one request. */
  token: string;
  values: FormValues;
  errors: Record<string, string>;
  /** A refusal about the form as a whole. */
  message: string | null;
  /** Open requests with the same phone or e-mail: nothing was stored, the staff member decides. */
  duplicates: IntakeDuplicate[];
}

export function initialIntakeState(token: string): IntakeState {
  // The free number is the most common way in: it is chosen already.
  return {
    attempt: 0,
    token,
    values: { channel: "PHONE_LINE", requestFor: "SELF", language: "nl" },
    errors: {},
    message: null,
    duplicates: [],
  };
}
