/** The answer of a small form on the users page: what happened, in words. */
export interface RowActionState {
  /** Counts answers, so a form can remount (and clear its checkbox) after each one. */
  attempt: number;
  ok: boolean | null;
  message: string | null;
  /** A new invitation link, shown once. */
  link?: string | null;
}

export const initialRowActionState: RowActionState = { attempt: 0, ok: null, message: null, link: null };
