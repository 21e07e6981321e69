import { prisma } from "@/lib/db";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { submitOnce, type SubmitFailure } from "@/lib/forms/submit-once";
import { neighbourhoodIdBySlug, type WebsiteSubmissionContext } from "@/lib/forms/website-submission";
import { RATE_LIMITS } from "@/lib/rate-limit/consume-rate-limit";
import type { VolunteerApplicationInput } from "@/lib/validation/volunteer-application-schema";
import { VOLUNTEER_CONSENT_VERSION } from "./consent";

export type SubmitVolunteerApplicationResult =
  { ok: true; volunteerId: string; duplicate: boolean } | SubmitFailure;

/** Stores a volunteer sign-up from the website as a volunteer in status APPLIED (+ history and audit events). */
export async function submitVolunteerApplication(
  input: VolunteerApplicationInput,
  ctx: WebsiteSubmissionContext,
): Promise<SubmitVolunteerApplicationResult> {
  const db = ctx.db ?? prisma;
  const now = ctx.now ?? new Date();

  const result = await submitOnce({
    db,
    rateLimit: { key: `volunteer-form:${ctx.clientKey}`, rule: RATE_LIMITS.volunteerApplication, now },
    findExisting: (d) =>
      d.volunteer.findUnique({ where: { submissionToken: ctx.submissionToken }, select: { id: true } }),
    load: async () => null,
    create: async (tx) => {
      const neighbourhoodId = await neighbourhoodIdBySlug(tx, input.neighbourhoodSlug);
      const volunteer = await tx.volunteer.create({
        data: {
          status: "APPLIED",
          firstName: input.firstName,
          lastName: input.lastName,
          phoneE164: input.phoneE164,
          email: input.email,
          activities: input.activities,
          languages: input.languages,
          availability: input.availability,
          maxActiveLinks: input.maxActiveLinks,
          motivation: input.motivation,
          consentGivenAt: now,
          consentTextVersion: VOLUNTEER_CONSENT_VERSION,
          submissionToken: ctx.submissionToken,
          neighbourhoodId,
          createdAt: now,
          // The first line of the volunteer's history on their page.
          events: { create: { type: "APPLIED", toStatus: "APPLIED", occurredAt: now } },
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        action: "volunteer.apply",
        entityType: "Volunteer",
        entityId: volunteer.id,
        actorLabel: "kandidaat-vrijwilliger via website",
        ipHash: ctx.clientKey,
        occurredAt: now,
        data: { channel: "WEBSITE" },
      });
      return volunteer;
    },
  });

  if (!result.ok) return result;
  return { ok: true, volunteerId: result.value.id, duplicate: result.duplicate };
}
