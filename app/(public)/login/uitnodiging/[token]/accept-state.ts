export interface AcceptInvitationState {
  attempt: number;
  errors: Record<string, string>;
  /** A refusal about the whole invitation (expired, used) or an outage. */
  message: string | null;
  done: boolean;
  /** After success: the role needs the second factor, set up at the first sign-in. */
  needsSecondFactor?: boolean;
}

export const initialAcceptInvitationState: AcceptInvitationState = {
  attempt: 0,
  errors: {},
  message: null,
  done: false,
};
