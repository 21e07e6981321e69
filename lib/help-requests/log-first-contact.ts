import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { getSettings } from "@/lib/settings/get-settings";
import { firstContactSchema, type FirstContactInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { DomainError } from "./domain-error";
import { recordFirstContact } from "./first-contact";
import { parseStaffInput } from "./staff-action";

/** A contact logged "in the future" beyond this is a typo, not a clock that runs a little fast. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface LogFirstContactResult {
  id: string;
  reference: string;
  /** The contact came before the deadline. */
  onTime: boolean;
  /** A referring partner's contact person was sent "contact gelegd". */
  referrerNotified: boolean;
}

function refuseContact(field: "contactedAt" | "contactWith", message: string): never {
  throw new DomainError("invalid-input", message, { [field]: message });
}

/**
 * Logs the first human contact with the person (or, for a request about
 * someone else, with the one who asked): stops the 24-hour clock and moves
 * the request from NEW to CONTACTED. A partner who passed the request on
 * hears "contact gelegd" (see notifyReferrer). The moment defaults to now and
 * may be set a little earlier when staff log the call afterwards.
 */
export async function logFirstContact(
  actor: StaffActor,
  input: FirstContactInput,
  { db, now = new Date() }: RequestOptions = {},
): Promise<LogFirstContactResult> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(firstContactSchema, input);
  const contactedAt = parsed.contactedAt ?? now;
  if (contactedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    refuseContact("contactedAt", "Het tijdstip van het contact ligt in de toekomst.");
  }
  const settings = await getSettings(db);
  return changeRequest(
    actor,
    parsed.requestId,
    { action: "log-first-contact", db, now },
    async ({ tx, request }) => {
      if (contactedAt.getTime() < request.receivedAt.getTime()) {
        refuseContact("contactedAt", "Het contact kan niet vóór het ontvangen van de aanvraag liggen.");
      }
      if (parsed.contactWith === "REPORTER" && !request.reporterId) {
        refuseContact("contactWith", "Deze aanvraag werd niet door iemand anders doorgegeven.");
      }
      const result = await recordFirstContact(
        tx,
        actor,
        request,
        { contactedAt, contactWith: parsed.contactWith, note: parsed.note },
        now,
        settings,
      );
      return {
        result,
        audit: { from: request.status, to: "CONTACTED", contactWith: parsed.contactWith, ...result },
      };
    },
  );
}
