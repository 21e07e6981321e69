import type { StaffActor } from "@/lib/auth/actor";
import type { Settings } from "@/lib/settings/defaults";
import { notifyReferrer } from "./notify-referrer";
import { addTimelineEvent, statusChange, type LockedRequest, type Tx } from "./staff-action";

export interface FirstContact {
  /** When the conversation took place. */
  contactedAt: Date;
  contactWith: "PERSON" | "REPORTER";
  note: string | null;
}

/**
 * Records the first human contact inside the caller's transaction: stops the
 * clock (firstContactAt), NEW → CONTACTED, the FIRST_CONTACT timeline event,
 * and, when the person was reached, the "contact gelegd" mail to a referring partner. The caller checked
 * that the request is NEW and writes the audit event.
 */
export async function recordFirstContact(
  tx: Tx,
  actor: StaffActor,
  request: LockedRequest,
  contact: FirstContact,
  now: Date,
  settings: Pick<Settings, "cityName" | "phoneNumber" | "contactEmail">,
): Promise<{ onTime: boolean; referrerNotified: boolean }> {
  const onTime = contact.contactedAt.getTime() <= request.dueAt.getTime();
  await tx.helpRequest.update({
    where: { id: request.id },
    data: { status: "CONTACTED", firstContactAt: contact.contactedAt },
  });
  await addTimelineEvent(tx, actor, request.id, contact.contactedAt, {
    type: "FIRST_CONTACT",
    ...statusChange(request.status, "CONTACTED"),
    note: contact.note,
    data: { contactWith: contact.contactWith, onTime, loggedAt: now.toISOString() },
  });
  // "Contact gelegd" means the person was reached: not when staff only spoke to the one who passed it on.
  const referrerNotified =
    contact.contactWith === "PERSON" ? await notifyReferrer(tx, actor, request, now, settings) : false;
  return { onTime, referrerNotified };
}
