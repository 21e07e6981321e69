// The state a form of the volunteer page carries between server action and
// page: errors, a message about the whole form, and what was typed.

export interface PortalFormState {
  /** Counts answers, so the form remounts with the kept values. */
  attempt: number;
  errors: Record<string, string>;
  message: string | null;
  values: Record<string, string>;
}

export const initialPortalFormState: PortalFormState = { attempt: 0, errors: {}, message: null, values: {} };

/** The sign-in form: first the e-mail address, then the code from the mail. */
export interface SignInState extends PortalFormState {
  step: "email" | "code";
  /** "Als dit adres bij ons gekend is…", once the code was asked. */
  notice: string | null;
}

export const initialSignInState: SignInState = { ...initialPortalFormState, step: "email", notice: null };
