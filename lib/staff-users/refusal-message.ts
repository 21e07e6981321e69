import { ForbiddenError } from "@/lib/auth/actor";
import { isDatabaseUnavailable } from "@/lib/db";
import { AdminError } from "./admin-error";

export const UNAVAILABLE_MESSAGE =
  "Er is een storing bij ons: er is niets bewaard. Probeer het over een paar minuten opnieuw.";

/**
 * The Dutch message a server action shows for a refusal or an outage; null
 * for anything else (a bug), which the action rethrows to the error page.
 */
export function refusalMessage(error: unknown): string | null {
  if (error instanceof AdminError) return error.message;
  if (error instanceof ForbiddenError) return "Je rol geeft geen toegang tot deze actie.";
  if (isDatabaseUnavailable(error)) return UNAVAILABLE_MESSAGE;
  return null;
}
