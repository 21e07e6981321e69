import type { VolunteerActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { ConcernCategory } from "@/lib/generated/prisma/enums";
import { queueMail } from "@/lib/mail/queue-mail";
import { requestUrl } from "@/lib/mail/messages";
import { labelFor } from "@/lib/validation/options";
import { CONCERN_CATEGORY_OPTIONS } from "@/lib/validation/volunteer-portal-schemas";
import { changeLink } from "@/lib/volunteer-links/change-link";
import { volunteerCoordinatorRecipients } from "@/lib/volunteer-links/coordinator-recipients";
import { runMyLinkStep } from "./link-step";

/**
 * "Ik maak me zorgen" on one of the volunteer's own links: a concern the
 * coordinator sees on Vandaag, a timeline entry on the request, and a mail to
 * the coordinators with the reference and the category only (the text stays
 * behind the login). Also on a recently ended link or a closed request: a
 * worry about someone doesn't end with the link.
 */
export async function raiseConcern(
  actor: VolunteerActor,
  linkId: string,
  input: { category: ConcernCategory; body: string },
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ concernId: string }> {
  return runMyLinkStep(() =>
    changeLink(
      actor,
      linkId,
      { action: "raise-concern", allowOnEndedRequest: true, db, now },
      async ({ tx, link, request, addTimelineEvent }) => {
        const concern = await tx.concern.create({
          data: {
            category: input.category,
            body: input.body.trim(),
            volunteerId: actor.volunteerId,
            linkId: link.id,
            helpRequestId: link.helpRequestId,
            createdAt: now,
          },
          select: { id: true },
        });
        await addTimelineEvent({ type: "CONCERN_RAISED", data: { category: input.category } });
        for (const to of await volunteerCoordinatorRecipients(tx)) {
          await queueMail(
            tx,
            {
              to,
              subject: `Zorg gemeld bij ${request.reference}`,
              text: [
                `Een zorgzame buur maakt zich zorgen over de persoon van aanvraag ${request.reference}.`,
                `Soort zorg: ${labelFor(CONCERN_CATEGORY_OPTIONS, input.category)}.`,
                "",
                "Wat de vrijwilliger schreef: zie Tezamen.",
                requestUrl(link.helpRequestId),
              ].join("\n"),
            },
            { now },
          );
        }
        return {
          result: { concernId: concern.id },
          audit: { category: input.category, concernId: concern.id },
        };
      },
    ),
  );
}
