// What deliverOutbox needs from a way of sending mail, apart from how it is
// sent (SMTP in ./smtp-transport.ts, a list in tests).

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text only: no HTML, no tracking, no personal data beyond what the recipient already knows. */
  text: string;
}

/** Something that can send one e-mail (SMTP in production, a list in tests). Throws when it can't. */
export interface MailTransport {
  send(message: MailMessage & { id: string }): Promise<void>;
}

/**
 * Thrown by a transport when the mail server itself can't be used (down,
 * timing out, refusing the login): the other messages would fail the same
 * way, so deliverOutbox stops the round instead of trying (and waiting for)
 * each of them.
 */
export class MailServerUnavailableError extends Error {
  override name = "MailServerUnavailableError";
}
