import type { Prisma } from "@/lib/generated/prisma/client";
import type { Channel } from "@/lib/generated/prisma/enums";
import type { HelpRequestInput } from "@/lib/validation/help-request-schema";
import { generateReference } from "./reference";
import { neighbourhoodIdBySlug } from "@/lib/forms/website-submission";

/**
 * Everything a new request consists of, from the website or from a staff
 * intake: what the website form gives (HelpRequestInput), plus what only
 * staff record (last names, a reporter's organisation) and the facts of its arrival.
 */
export interface NewHelpRequest extends Pick<
  HelpRequestInput,
  | "requestFor"
  | "subjectAwareness"
  | "neighbourhoodSlug"
  | "needs"
  | "message"
  | "bestTimeToCall"
  | "language"
  | "ageGroup"
> {
  channel: Channel;
  person: HelpRequestInput["person"] & { lastName?: string | null };
  reporter:
    | (NonNullable<HelpRequestInput["reporter"]> & {
        lastName?: string | null;
        organisationId?: string | null;
      })
    | null;
  receivedAt: Date;
  dueAt: Date;
  consentGivenAt: Date | null;
  consentTextVersion: string | null;
  submissionToken: string | null;
  /** The staff member who registered it (null for the website). */
  createdById: string | null;
  /** The note of the RECEIVED timeline event ("Ontvangen via de website."). */
  receivedNote: string;
}

export interface CreatedHelpRequest {
  id: string;
  reference: string;
  dueAt: Date;
  personId: string;
  reporterId: string | null;
}

/**
 * Writes a new request inside the caller's transaction: its person (kept
 * apart so it can be anonymised), the reporter when someone else asked, the
 * request itself with a fresh reference, and the RECEIVED timeline event. The
 * caller adds the audit event (who did it differs per channel). A reference
 * that happens to exist already fails on its unique index: retry the whole
 * transaction.
 */
export async function createHelpRequestRecords(
  tx: Prisma.TransactionClient,
  data: NewHelpRequest,
): Promise<CreatedHelpRequest> {
  const forOther = data.requestFor === "SOMEONE_ELSE";
  const neighbourhoodId = await neighbourhoodIdBySlug(tx, data.neighbourhoodSlug);
  const person = await tx.person.create({
    data: { ...data.person, neighbourhoodId },
    select: { id: true },
  });
  const reporter = data.reporter
    ? await tx.reporter.create({ data: data.reporter, select: { id: true } })
    : null;
  const request = await tx.helpRequest.create({
    data: {
      reference: generateReference(),
      channel: data.channel,
      status: "NEW",
      requestFor: data.requestFor,
      subjectAwareness: forOther ? data.subjectAwareness : null,
      // Someone else asked: the city first talks to the reporter, then asks the person (REPORTED → ASKED → CONSENTED | DECLINED).
      subjectConsent: forOther ? "REPORTED" : "NOT_APPLICABLE",
      subjectConsentAt: forOther ? data.receivedAt : null,
      needs: data.needs,
      message: data.message,
      bestTimeToCall: data.bestTimeToCall,
      language: data.language,
      ageGroup: data.ageGroup,
      receivedAt: data.receivedAt,
      dueAt: data.dueAt,
      consentGivenAt: data.consentGivenAt,
      consentTextVersion: data.consentTextVersion,
      submissionToken: data.submissionToken,
      personId: person.id,
      reporterId: reporter?.id ?? null,
      neighbourhoodId,
      createdById: data.createdById,
    },
    select: { id: true, reference: true, dueAt: true },
  });
  await tx.timelineEvent.create({
    data: {
      type: "RECEIVED",
      occurredAt: data.receivedAt,
      toStatus: "NEW",
      note: data.receivedNote,
      helpRequestId: request.id,
      actorStaffId: data.createdById,
    },
  });
  return { ...request, personId: person.id, reporterId: reporter?.id ?? null };
}
