// One tap on the volunteer's own page ("gebeld", "bezocht", "samen
// boodschappen", or something else with a note): the same use case staff use
// (logLinkContact); the first contact on an accepted link starts it.
import type { VolunteerActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { LinkContactKind } from "@/lib/generated/prisma/enums";
import { logLinkContact } from "@/lib/volunteer-links/log-link-contact";
import { runMyLinkStep } from "./link-step";

export async function logMyLinkContact(
  actor: VolunteerActor,
  linkId: string,
  contact: { kind: LinkContactKind; note?: string | null },
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<void> {
  await runMyLinkStep(() =>
    logLinkContact(actor, { linkId, kind: contact.kind, note: contact.note ?? "" }, { db, now }),
  );
}
