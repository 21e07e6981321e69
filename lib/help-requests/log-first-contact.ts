import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import { firstContactSchema, type FirstContactInput } from "@/lib/validation/staff-request-schemas";
import { DomainError } from "./domain-error";
import { recordFirstContact } from "./first-contact";
import { assertActionAllowed, auditRequestAction, lockHelpRequest, parseStaffInput } from "./staff-action";

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
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<LogFirstContactResult> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(firstContactSchema, input);
  const contactedAt = parsed.contactedAt ?? now;
  if (contactedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError("invalid-input", "Het tijdstip van het contact ligt in de toekomst.", {
      contactedAt: "Het tijdstip van het contact ligt in de toekomst.",
    });
  }
  const settings = await getSettings(db);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, parsed.requestId);
    assertActionAllowed("log-first-contact", request);
    if (contactedAt.getTime() < request.receivedAt.getTime()) {
      const message = "Het contact kan niet vóór het ontvangen van de aanvraag liggen.";
      throw new DomainError("invalid-input", message, { contactedAt: message });
    }
    if (parsed.contactWith === "REPORTER" && !request.reporterId) {
      const message = "Deze aanvraag werd niet door iemand anders doorgegeven.";
      throw new DomainError("invalid-input", message, { contactWith: message });
    }
    const result = await recordFirstContact(
      tx,
      actor,
      request,
      { contactedAt, contactWith: parsed.contactWith, note: parsed.note },
      now,
      settings,
    );
    await auditRequestAction(tx, actor, "help-request.log-first-contact", request, now, {
      from: request.status,
      to: "CONTACTED",
      contactWith: parsed.contactWith,
      onTime: result.onTime,
      referrerNotified: result.referrerNotified,
    });
    return { id: request.id, reference: request.reference, ...result };
  });
}
