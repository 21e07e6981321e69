// A refusal an admin can read: the admin use cases (staff accounts, settings)
// throw it when a change is not possible. Pages show `message` as is; `code` is for
// code and tests; `fieldErrors` go next to the fields of the form that sent it.

export type AdminErrorCode =
  | "not-found"
  | "invalid-input"
  | "email-taken"
  | "self"
  | "last-admin"
  | "already-done"
  | "invitation-invalid"
  | "invitation-expired";

export class AdminError extends Error {
  constructor(
    readonly code: AdminErrorCode,
    /** In Dutch, for staff: what is wrong and, where it helps, what to do instead. */
    message: string,
    /** Field name → message. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AdminError";
  }
}

export const STAFF_USER_NOT_FOUND = "Deze gebruiker bestaat niet (meer).";
