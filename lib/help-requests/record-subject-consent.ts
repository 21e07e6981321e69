import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { HelpRequestStatus, SubjectConsent } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings/get-settings";
import { labelFor, SUBJECT_CONSENT_OPTIONS } from "@/lib/validation/options";
import { subjectConsentSchema, type SubjectConsentInput } from "@/lib/validation/staff-request-schemas";
import { DomainError } from "./domain-error";
import { endRequest } from "./end-request";
import { consentRefusal } from "./lifecycle";
import {
  addTimelineEvent,
  assertActionAllowed,
  auditRequestAction,
  lockHelpRequest,
  parseStaffInput,
} from "./staff-action";

/**
 * For a request about someone else: records that the person was asked, and
 * then whether they agreed (REPORTED → ASKED → CONSENTED | DECLINED; a
 * person who agreed may still decline later). Nothing goes to a volunteer or
 * an organisation before CONSENTED. DECLINED closes the request at once with
 * outcome "wil geen hulp", kept only for the short retention period.
 */
export async function recordSubjectConsent(
  actor: StaffActor,
  input: SubjectConsentInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; reference: string; subjectConsent: SubjectConsent; status: HelpRequestStatus }> {
  assertCan(actor, "request:update");
  const { requestId, consent, note } = parseStaffInput(subjectConsentSchema, input);
  const settings = await getSettings(db);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, requestId);
    assertActionAllowed("record-subject-consent", request);
    const refusal = consentRefusal(request.subjectConsent, consent);
    if (refusal) throw new DomainError("transition-refused", refusal, { consent: refusal });

    await tx.helpRequest.update({
      where: { id: request.id },
      data: { subjectConsent: consent, subjectConsentAt: now },
    });
    const label = labelFor(SUBJECT_CONSENT_OPTIONS, consent) ?? consent;
    await addTimelineEvent(tx, actor, request.id, now, {
      type: "SUBJECT_CONSENT_CHANGED",
      note: note ? `${label}: ${note}` : label,
      data: { from: request.subjectConsent, to: consent },
    });
    let status: HelpRequestStatus = request.status;
    if (consent === "DECLINED") {
      await endRequest(
        tx,
        actor,
        request,
        { status: "CLOSED", outcome: "DECLINED_HELP", note: null },
        now,
        settings,
        "DECLINED",
      );
      status = "CLOSED";
    }
    await auditRequestAction(tx, actor, "help-request.record-subject-consent", request, now, {
      from: request.subjectConsent,
      to: consent,
      status,
    });
    return { id: request.id, reference: request.reference, subjectConsent: consent, status };
  });
}
