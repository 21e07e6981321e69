// A refusal staff can read: the domain functions throw it when a change is not
// possible (an impossible status change, an unknown request, a choice that
// doesn't fit). Routes show `message` as is; `code` is for code and tests.

export type DomainErrorCode =
  | "not-found"
  | "invalid-input"
  | "transition-refused"
  | "already-done"
  | "consent-required"
  | "invalid-assignee"
  | "invalid-reference";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    /** In Dutch, for staff: what is wrong and, where it helps, what to do instead. */
    message: string,
    /** Field name → message, for the form that sent the input. */
    readonly fieldErrors: Record<string, string> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export const REQUEST_NOT_FOUND = "Deze aanvraag bestaat niet (meer).";
