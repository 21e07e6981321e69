import { prisma } from "@/lib/db";
import { recordAuditEvent, WEBSITE_ACTOR_LABEL } from "@/lib/audit/record-audit-event";
import { submitOnce, type SubmitFailure } from "@/lib/forms/submit-once";
import type { WebsiteSubmissionContext } from "@/lib/forms/website-submission";
import { RATE_LIMITS } from "@/lib/rate-limit/consume-rate-limit";
import { getSettings } from "@/lib/settings/get-settings";
import { computeDueAt } from "@/lib/sla/compute-due-at";
import type { HelpRequestInput } from "@/lib/validation/help-request-schema";
import { HELP_REQUEST_CONSENT_VERSION } from "./consent";
import { createHelpRequestRecords } from "./create-help-request-records";

export type SubmitHelpRequestResult =
  { ok: true; reference: string; dueAt: Date; duplicate: boolean } | SubmitFailure;

/**
 * Stores a help request from the website: the person, the reporter (when
 * asking for someone else), the request with its deadline, a RECEIVED
 * timeline event and an audit event, all in one transaction. Returns the
 * reference only once all of it is committed.
 */
export async function submitHelpRequest(
  input: HelpRequestInput,
  ctx: WebsiteSubmissionContext,
): Promise<SubmitHelpRequestResult> {
  const db = ctx.db ?? prisma;
  const now = ctx.now ?? new Date();
  const forOther = input.requestFor === "SOMEONE_ELSE";

  const result = await submitOnce({
    db,
    rateLimit: { key: `help-form:${ctx.clientKey}`, rule: RATE_LIMITS.helpRequest, now },
    findExisting: (d) =>
      d.helpRequest.findUnique({
        where: { submissionToken: ctx.submissionToken },
        select: { reference: true, dueAt: true },
      }),
    load: (d) => getSettings(d),
    create: async (tx, settings) => {
      const request = await createHelpRequestRecords(tx, {
        channel: "WEBSITE",
        requestFor: input.requestFor,
        subjectAwareness: input.subjectAwareness,
        person: input.person,
        reporter: input.reporter,
        neighbourhoodSlug: input.neighbourhoodSlug,
        needs: input.needs,
        message: input.message,
        bestTimeToCall: input.bestTimeToCall,
        language: input.language,
        ageGroup: input.ageGroup,
        receivedAt: now,
        dueAt: computeDueAt(now, {
          slaHours: settings.slaHours,
          workingDaysOnly: settings.slaWorkingDaysOnly,
        }),
        consentGivenAt: now,
        consentTextVersion: HELP_REQUEST_CONSENT_VERSION,
        submissionToken: ctx.submissionToken,
        createdById: null,
        receivedNote: forOther
          ? "Ontvangen via de website, gevraagd door iemand anders."
          : "Ontvangen via de website.",
      });
      await recordAuditEvent(tx, {
        action: "help-request.create",
        entityType: "HelpRequest",
        entityId: request.id,
        actorLabel: WEBSITE_ACTOR_LABEL,
        ipHash: ctx.clientKey,
        occurredAt: now,
        data: { channel: "WEBSITE", reference: request.reference, requestFor: input.requestFor },
      });
      return { reference: request.reference, dueAt: request.dueAt };
    },
  });

  if (!result.ok) return result;
  return {
    ok: true,
    reference: result.value.reference,
    dueAt: result.value.dueAt,
    duplicate: result.duplicate,
  };
}
