import type { UseCaseOptions } from "./context";
import { findPasswordLinkHolder, type PasswordLinkHolder, type PasswordLinkRefusal } from "./password-link";

export const INVITATION_MESSAGES = {
  invalid:
    "Deze link werkt niet (meer). Heb je je wachtwoord al gekozen? Meld je dan gewoon aan. Anders vraag je een nieuwe uitnodiging aan een beheerder.",
  expired:
    "Deze uitnodiging is verlopen: de link werkt 7 dagen. Vraag een beheerder om je een nieuwe uitnodiging te sturen.",
} as const;

export type StaffInvitation = PasswordLinkHolder | PasswordLinkRefusal;

/**
 * The invitation behind a link, for the page where a new colleague chooses a
 * password. No session needed: the token is the proof. An unknown, used or
 * withdrawn link all read as "invalid".
 */
export function findStaffInvitation(token: string, options?: UseCaseOptions): Promise<StaffInvitation> {
  return findPasswordLinkHolder("invitation", token, INVITATION_MESSAGES, options);
}
