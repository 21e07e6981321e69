export interface ChangePasswordState {
  attempt: number;
  errors: Record<string, string>;
  /** A refusal about the whole form (too many tries) or an outage. */
  message: string | null;
  done: boolean;
}

export const initialChangePasswordState: ChangePasswordState = {
  attempt: 0,
  errors: {},
  message: null,
  done: false,
};
