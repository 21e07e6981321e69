// The state a public form carries between the server action and the page:
// what the person typed, the errors, and the token. Plain data, safe in the browser.

export type FormValues = Record<string, string | string[]>;

/**
 * Why the form came back, when it's not (only) about single fields:
 * - "invalid": some fields need attention (see errors);
 * - "too-fast": sent faster than a person can, possibly a bot; a second click passes;
 * - "rejected": the honeypot was filled in or the token was not ours (no details on purpose);
 * - "rate-limited": too many submissions from this client;
 * - "unavailable": nothing was stored because of a problem on our side.
 */
export type FormErrorKind = "invalid" | "too-fast" | "rejected" | "rate-limited" | "unavailable";

export interface FormState {
  values: FormValues;
  errors: Record<string, string>;
  formError: FormErrorKind | null;
  /** The form token; the same one on every re-render, so a retry is recognised. */
  token: string;
  /** Changes with every answer from the server: the form's `key`, so kept values are re-applied. */
  submission: number;
}

export function initialFormState(token: string, values: FormValues = {}): FormState {
  return { values, errors: {}, formError: null, token, submission: 0 };
}

/** Name of the hidden token field. */
export const FORM_TOKEN_FIELD = "formToken";

/**
 * Name of the honeypot: a text field people never see or reach. Bots that fill
 * in every field give themselves away. A plausible name attracts them.
 */
export const HONEYPOT_FIELD = "website";
