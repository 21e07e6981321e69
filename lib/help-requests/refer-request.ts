import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { referSchema, STAFF_MESSAGES, type ReferInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { DomainError } from "./domain-error";
import { statusAfter } from "./lifecycle";
import { parseStaffInput, statusChange } from "./staff-action";

export const OFFER_NOT_OF_ORGANISATION = "Kies een aanbod van die organisatie, of laat het aanbod open.";

/**
 * Refers an assessed request to an organisation, optionally to one of its
 * published offers from the catalogue: a Referral row, ASSESSED → REFERRED.
 * A further referral on a request that is already linked, referred or in
 * follow-up is recorded without changing the status. Refused while a person
 * about whom someone else asked has not agreed.
 */
export async function referRequest(
  actor: StaffActor,
  input: ReferInput,
  options: RequestOptions = {},
): Promise<{ id: string; reference: string; referralId: string; status: HelpRequestStatus }> {
  assertCan(actor, "request:update");
  const parsed = parseStaffInput(referSchema, input);
  return changeRequest(
    actor,
    parsed.requestId,
    { action: "refer", ...options },
    async ({ tx, request, now, addTimelineEvent }) => {
      const organisation = await tx.organisation.findUnique({
        where: { id: parsed.organisationId },
        select: { id: true, name: true },
      });
      if (!organisation) {
        throw new DomainError("invalid-input", STAFF_MESSAGES.organisationMissing, {
          organisationId: STAFF_MESSAGES.organisationMissing,
        });
      }
      const offer = parsed.offerId
        ? await tx.offer.findFirst({
            where: { id: parsed.offerId, organisationId: organisation.id, status: "PUBLISHED" },
            select: { id: true, title: true },
          })
        : null;
      if (parsed.offerId && !offer) {
        throw new DomainError("invalid-input", OFFER_NOT_OF_ORGANISATION, {
          offerId: OFFER_NOT_OF_ORGANISATION,
        });
      }
      const offerId = offer?.id ?? null;
      const referral = await tx.referral.create({
        data: {
          note: parsed.note,
          helpRequestId: request.id,
          organisationId: organisation.id,
          offerId,
          createdById: actor.id,
          createdAt: now,
        },
        select: { id: true },
      });
      const to = statusAfter("refer", request.status);
      if (to !== request.status)
        await tx.helpRequest.update({ where: { id: request.id }, data: { status: to } });
      const target = offer ? `${organisation.name} (${offer.title})` : organisation.name;
      await addTimelineEvent({
        type: "REFERRED",
        ...statusChange(request.status, to),
        note: parsed.note ? `Doorverwezen naar ${target}: ${parsed.note}` : `Doorverwezen naar ${target}.`,
        data: { referralId: referral.id, organisationId: organisation.id, offerId },
      });
      return {
        result: { referralId: referral.id, status: to },
        audit: { from: request.status, to, organisationId: organisation.id, offerId },
      };
    },
  );
}
