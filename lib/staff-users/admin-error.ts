// A refusal an admin can read: the admin use cases (staff accounts, settings)
// throw it when a change is not possible. Pages show `message` as is; `code` is for
// code and tests; `fieldErrors` go next to the fields of the form that sent it.
import { StaffRefusal } from "@/lib/help-requests/domain-error";

export type AdminErrorCode =
  | "not-found"
  | "invalid-input"
  | "email-taken"
  | "self"
  | "last-admin"
  | "already-done"
  | "invitation-invalid"
  | "invitation-expired"
  | "reset-invalid"
  | "reset-expired"
  /** A link that only a mail would carry, with no mail server set up. */
  | "no-mail"
  | "rate-limited";

export class AdminError extends StaffRefusal<AdminErrorCode> {
  override readonly name = "AdminError";
}

export const STAFF_USER_NOT_FOUND = "Deze gebruiker bestaat niet (meer).";

/** Sending a link to a disabled account is refused: the link would not work for it. */
export function accountDisabledError(name: string): AdminError {
  return new AdminError(
    "invalid-input",
    `Het account van ${name} is uitgeschakeld. Schakel het eerst weer in.`,
  );
}
