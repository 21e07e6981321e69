export interface InviteState {
  attempt: number;
  values: { name: string; email: string; role: string };
  errors: Record<string, string>;
  /** A refusal about the whole form (an outage). */
  message: string | null;
  /** After success: who was invited and the link, shown once and never stored. */
  invited: { name: string; email: string; link: string; expires: string } | null;
}

export const initialInviteState: InviteState = {
  attempt: 0,
  values: { name: "", email: "", role: "" },
  errors: {},
  message: null,
  invited: null,
};
