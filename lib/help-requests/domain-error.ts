// A refusal staff can read: the domain functions throw it when a change is not
// possible (an impossible status change, an unknown request, a choice that
// doesn't fit). Routes show `message` as is; `code` is for code and tests.

/** The shape of every refusal of the staff area (requests here, admin use cases in AdminError). */
export class StaffRefusal<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    /** In Dutch, for staff: what is wrong and, where it helps, what to do instead. */
    message: string,
    /** Field name → message, for the form that sent the input. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type DomainErrorCode =
  | "not-found"
  | "invalid-input"
  | "transition-refused"
  | "already-done"
  | "consent-required"
  | "invalid-assignee"
  | "invalid-reference";

export class DomainError extends StaffRefusal<DomainErrorCode> {
  override readonly name = "DomainError";
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const REQUEST_NOT_FOUND = "Deze aanvraag bestaat niet (meer).";
