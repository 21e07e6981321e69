export interface LoginState {
  /** Counts answers, so the form remounts with the kept e-mail address. */
  attempt: number;
  email: string;
  errors: Record<string, string>;
  /** A message about the whole attempt (wrong combination, too many attempts). */
  message: string | null;
}

export const initialLoginState: LoginState = { attempt: 0, email: "", errors: {}, message: null };
