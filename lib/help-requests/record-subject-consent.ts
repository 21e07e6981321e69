import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import type { HelpRequestStatus, SubjectConsent } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings/get-settings";
import { labelFor, SUBJECT_CONSENT_OPTIONS } from "@/lib/validation/options";
import { subjectConsentSchema, type SubjectConsentInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { DomainError } from "./domain-error";
import { endRequest } from "./end-request";
import { consentRefusal } from "./lifecycle";
import { parseStaffInput } from "./staff-action";
import { labelledNote } from "./timeline-note";

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
  options: RequestOptions = {},
): Promise<{ id: string; reference: string; subjectConsent: SubjectConsent; status: HelpRequestStatus }> {
  assertCan(actor, "request:update");
  const { requestId, consent, note } = parseStaffInput(subjectConsentSchema, input);
  const settings = await getSettings(options.db);
  return changeRequest(
    actor,
    requestId,
    { action: "record-subject-consent", ...options },
    async ({ tx, request, now, addTimelineEvent }) => {
      const refusal = consentRefusal(request.subjectConsent, consent);
      if (refusal) throw new DomainError("transition-refused", refusal, { consent: refusal });

      await tx.helpRequest.update({
        where: { id: request.id },
        data: { subjectConsent: consent, subjectConsentAt: now },
      });
      const label = labelFor(SUBJECT_CONSENT_OPTIONS, consent) ?? consent;
      await addTimelineEvent({
        type: "SUBJECT_CONSENT_CHANGED",
        note: labelledNote(label, note),
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
      return {
        result: { subjectConsent: consent, status },
        audit: { from: request.subjectConsent, to: consent, status },
      };
    },
  );
}
