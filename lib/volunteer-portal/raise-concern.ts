import type { VolunteerActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { ConcernCategory } from "@/lib/generated/prisma/enums";
import { queueMail } from "@/lib/mail/send-mail";
import { requestUrl } from "@/lib/mail/messages";
import { labelFor } from "@/lib/validation/options";
import { CONCERN_CATEGORY_OPTIONS } from "@/lib/validation/volunteer-portal-schemas";
import { coordinatorAddresses } from "./coordinator-addresses";
import { lockMyLink, recordVolunteerStep } from "./my-link-for-change";

/**
 * "Ik maak me zorgen" on one of the volunteer's own links: a concern the
 * coordinator sees on Vandaag, a timeline entry on the request, and a mail to
 * the coordinators with the reference and the category only (the text stays
 * behind the login).
 */
export async function raiseConcern(
  actor: VolunteerActor,
  linkId: string,
  input: { category: ConcernCategory; body: string },
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ concernId: string }> {
  return db.$transaction(async (tx) => {
    const link = await lockMyLink(tx, actor, linkId, now);
    const concern = await tx.concern.create({
      data: {
        category: input.category,
        body: input.body.trim(),
        volunteerId: actor.volunteerId,
        linkId: link.id,
        helpRequestId: link.helpRequestId,
        createdAt: now,
      },
      select: { id: true, helpRequest: { select: { reference: true } } },
    });
    await recordVolunteerStep(tx, actor, {
      type: "CONCERN_RAISED",
      action: "concern.raise",
      helpRequestId: link.helpRequestId,
      entityType: "Concern",
      entityId: concern.id,
      data: { category: input.category, linkId: link.id },
      now,
    });
    const reference = concern.helpRequest?.reference ?? "";
    for (const to of await coordinatorAddresses(tx)) {
      await queueMail(
        tx,
        {
          to,
          subject: `Zorg gemeld bij ${reference}`,
          text: [
            `Een zorgzame buur maakt zich zorgen over de persoon van aanvraag ${reference}.`,
            `Soort zorg: ${labelFor(CONCERN_CATEGORY_OPTIONS, input.category)}.`,
            "",
            "Wat de vrijwilliger schreef: zie Tezamen.",
            requestUrl(link.helpRequestId),
          ].join("\n"),
        },
        { now },
      );
    }
    return { concernId: concern.id };
  });
}
