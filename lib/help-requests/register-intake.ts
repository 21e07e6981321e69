import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/forms/submit-once";
import { getSettings } from "@/lib/settings/get-settings";
import { computeDueAt } from "@/lib/sla/compute-due-at";
import { CHANNEL_OPTIONS, labelFor } from "@/lib/validation/options";
import {
  INTAKE_MESSAGES,
  staffIntakeSchema,
  type StaffIntakeFormInput,
} from "@/lib/validation/staff-intake-schema";
import { createHelpRequestRecords } from "./create-help-request-records";
import { DomainError } from "./domain-error";
import { findOpenDuplicatesIn, type OpenDuplicate } from "./find-open-duplicates";
import { recordFirstContact } from "./first-contact";
import { auditRequestAction, lockHelpRequest, parseStaffInput } from "./staff-action";

/** Version of the consent staff record on the phone ("the person agreed that we use the data to help"). */
export const INTAKE_CONSENT_VERSION = "mondeling-2026-11-v1";

export type RegisterIntakeResult =
  | {
      status: "created";
      id: string;
      reference: string;
      dueAt: Date;
      /** The open requests with the same phone or e-mail that the staff member confirmed. */
      duplicates: OpenDuplicate[];
      /** The same submission token was used before: this is that request, nothing new was stored. */
      repeated: boolean;
    }
  | {
      /** Nothing stored: show these and ask to confirm (confirmDuplicate "yes") or open the existing request. */
      status: "duplicates-found";
      duplicates: OpenDuplicate[];
    };

/**
 * Registers a request that came in by phone or from a partner (any channel
 * but the website): the person, the one who passed it on (with their
 * organisation for a partner), needs and message, with the deadline from the
 * settings — the same records as a web request, with createdById. When the
 * same phone or e-mail already has an open request, nothing is stored until
 * the staff member confirms (confirmDuplicate). With contactMade the person
 * was on the line: the first contact is logged at once. An optional
 * submission token (from the form) makes a double submit yield one request.
 */
export async function registerIntake(
  actor: StaffActor,
  input: StaffIntakeFormInput,
  {
    db = prisma,
    now = new Date(),
    submissionToken = null,
  }: { db?: Db; now?: Date; submissionToken?: string | null } = {},
): Promise<RegisterIntakeResult> {
  assertCan(actor, "request:create");
  const intake = parseStaffInput(staffIntakeSchema, input);

  const existing = await repeatOf(db, submissionToken);
  if (existing) return existing;

  const organisationId = intake.reporter?.organisationId ?? null;
  const organisation = organisationId
    ? await db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } })
    : null;
  if (organisationId && !organisation) {
    throw new DomainError("invalid-input", INTAKE_MESSAGES.organisationInvalid, {
      reporterOrganisationId: INTAKE_MESSAGES.organisationInvalid,
    });
  }

  const duplicates = await findOpenDuplicatesIn(db, {
    phoneE164: intake.person.phoneE164,
    email: intake.person.email,
  });
  if (duplicates.length > 0 && !intake.confirmDuplicate) {
    // A double submit whose twin committed after the token check above finds its twin as a duplicate.
    const twin = await repeatOf(db, submissionToken);
    if (twin) return twin;
    return { status: "duplicates-found", duplicates };
  }

  const settings = await getSettings(db);
  const dueAt = computeDueAt(now, {
    slaHours: settings.slaHours,
    workingDaysOnly: settings.slaWorkingDaysOnly,
  });
  const channel = labelFor(CHANNEL_OPTIONS, intake.channel) ?? intake.channel;
  const receivedNote =
    `Binnengekomen via ${channel.toLowerCase()}` +
    (organisation ? ` (${organisation.name})` : "") +
    (intake.requestFor === "SOMEONE_ELSE" ? ", gevraagd door iemand anders." : ".");

  for (let attempt = 1; ; attempt++) {
    try {
      const created = await db.$transaction(async (tx) => {
        const request = await createHelpRequestRecords(tx, {
          channel: intake.channel,
          requestFor: intake.requestFor,
          subjectAwareness: intake.subjectAwareness,
          person: intake.person,
          reporter: intake.reporter,
          neighbourhoodSlug: intake.neighbourhoodSlug,
          needs: intake.needs,
          message: intake.message,
          bestTimeToCall: intake.bestTimeToCall,
          language: intake.language,
          ageGroup: intake.ageGroup,
          receivedAt: now,
          dueAt,
          consentGivenAt: intake.consentGiven ? now : null,
          consentTextVersion: intake.consentGiven ? INTAKE_CONSENT_VERSION : null,
          submissionToken,
          createdById: actor.id,
          receivedNote,
        });
        await auditRequestAction(tx, actor, "help-request.create", request, now, {
          channel: intake.channel,
          requestFor: intake.requestFor,
          duplicatesConfirmed: duplicates.map((d) => d.reference),
          contactMade: intake.contactMade,
        });
        if (intake.contactMade) {
          const locked = await lockHelpRequest(tx, request.id);
          const result = await recordFirstContact(
            tx,
            actor,
            locked,
            { contactedAt: now, contactWith: "PERSON", note: null },
            now,
            settings,
          );
          await auditRequestAction(tx, actor, "help-request.log-first-contact", request, now, {
            from: "NEW",
            to: "CONTACTED",
            contactWith: "PERSON",
            onTime: result.onTime,
            referrerNotified: result.referrerNotified,
          });
        }
        return request;
      });
      return {
        status: "created",
        id: created.id,
        reference: created.reference,
        dueAt: created.dueAt,
        duplicates,
        repeated: false,
      };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
      // The same token committed meanwhile (a double submit): that request is the answer.
      const winner = await repeatOf(db, submissionToken);
      if (winner) return winner;
      // Otherwise a reference code collided: try again with a new one.
    }
  }
}

/** The answer for a repeat of a submission already stored under this token, or null. */
async function repeatOf(db: Db, submissionToken: string | null) {
  const stored = submissionToken ? await findBySubmissionToken(db, submissionToken) : null;
  return stored ? { status: "created" as const, ...stored, duplicates: [], repeated: true } : null;
}

async function findBySubmissionToken(db: Db, submissionToken: string) {
  return db.helpRequest.findUnique({
    where: { submissionToken },
    select: { id: true, reference: true, dueAt: true },
  });
}
