// The state each action form on a request's page carries between its server
// action and the form: what was typed (to keep it) and why it was refused.
// Plain data, safe in the browser. Success never comes back here: the action
// redirects to the request's page with a short confirmation.
import type { FormValues } from "@/lib/forms/form-state";

export interface RequestActionState {
  /** Counts answers, so the form remounts with the kept values. */
  attempt: number;
  values: FormValues;
  /** Field name → Dutch message. */
  errors: Record<string, string>;
  /** A refusal about the action as a whole (e.g. "Registreer eerst het eerste contact."). */
  message: string | null;
}

export const initialRequestActionState: RequestActionState = {
  attempt: 0,
  values: {},
  errors: {},
  message: null,
};
