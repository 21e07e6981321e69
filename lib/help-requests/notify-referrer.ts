import type { StaffActor } from "@/lib/auth/actor";
import { queueMail } from "@/lib/mail/queue-mail";
import { referrerContactMadeMail } from "@/lib/mail/messages";
import type { Settings } from "@/lib/settings/defaults";
import { PARTNER_CHANNELS } from "@/lib/validation/options";
import { addTimelineEvent, type LockedRequest, type Tx } from "./staff-action";

/**
 * After the first contact: tells the contact person of the partner who passed
 * the request on (local service centre, neighbourhood police, outreach, care
 * coach, other partner) that contact was made — the reference and nothing
 * else. Only for partner channels, only when that contact person belongs to
 * an organisation and an e-mail address is known (theirs, else the
 * organisation's), and only once. Returns whether a mail was queued.
 */
export async function notifyReferrer(
  tx: Tx,
  actor: StaffActor | null,
  request: LockedRequest,
  now: Date,
  settings: Pick<Settings, "cityName" | "phoneNumber" | "contactEmail">,
): Promise<boolean> {
  if (!(PARTNER_CHANNELS as readonly string[]).includes(request.channel) || !request.reporterId) return false;
  const current = await tx.helpRequest.findUniqueOrThrow({
    where: { id: request.id },
    select: {
      referrerNotifiedAt: true,
      reporter: {
        select: { email: true, organisation: { select: { name: true, email: true } } },
      },
    },
  });
  const organisation = current.reporter?.organisation;
  if (current.referrerNotifiedAt || !organisation) return false;
  const to = current.reporter?.email ?? organisation.email;
  if (!to) return false;

  await queueMail(
    tx,
    {
      to,
      ...referrerContactMadeMail({
        reference: request.reference,
        cityName: settings.cityName,
        phoneNumber: settings.phoneNumber,
        contactEmail: settings.contactEmail,
      }),
    },
    { now },
  );
  await tx.helpRequest.update({ where: { id: request.id }, data: { referrerNotifiedAt: now } });
  await addTimelineEvent(tx, actor, request.id, now, {
    type: "REFERRER_NOTIFIED",
    note: `${organisation.name} kreeg een e-mail: contact gelegd (zonder verdere gegevens).`,
  });
  return true;
}
