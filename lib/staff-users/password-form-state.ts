// What a "change my password" form shows after a try; plain data, so the
// client form and the server action share it.

/** The state of a password form (my own password; the invitation and reset link add to it). */
export interface PasswordFormState {
  attempt: number;
  errors: Record<string, string>;
  /** A refusal about the whole form (too many tries) or an outage. */
  message: string | null;
  done: boolean;
}

export const initialPasswordFormState: PasswordFormState = {
  attempt: 0,
  errors: {},
  message: null,
  done: false,
};
