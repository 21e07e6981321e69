import "server-only";
import type { z } from "zod";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/help-requests/domain-error";
import { parseStaffInput } from "@/lib/help-requests/staff-action";
import { brusselsDate, parseBrusselsDateTime } from "@/lib/sla/brussels-time";
import { recordScreeningSchema, VOLUNTEER_FORM_MESSAGES } from "@/lib/validation/staff-volunteer-schemas";
import { changeVolunteer, type VolunteerOptions } from "./change-volunteer";

/** A certificate of good conduct older than this is not accepted for screening. */
export const CERTIFICATE_MAX_AGE_MONTHS = 12;

/**
 * Why a certificate date can't be accepted today, or null. Pure: the unit
 * tests and the form's hint use the same rule.
 */
export function certificateDateRefusal(date: string, now: Date): string | null {
  const on = parseBrusselsDateTime(date, 12);
  if (!on) return VOLUNTEER_FORM_MESSAGES.certificateInvalid;
  const today = brusselsDate(now);
  const given = brusselsDate(on);
  const key = (d: { year: number; month: number; day: number }) => d.year * 10000 + d.month * 100 + d.day;
  if (key(given) > key(today)) return "Deze datum ligt in de toekomst. Vul de datum op het uittreksel in.";
  const oldest = { ...today, year: today.year - CERTIFICATE_MAX_AGE_MONTHS / 12 };
  if (key(given) < key(oldest)) {
    return "Dit uittreksel is ouder dan een jaar. Vraag de vrijwilliger om een nieuw uittreksel (model 2).";
  }
  return null;
}

/**
 * Records the screening: the certificate of good conduct (model 2) with its
 * date. This is the only way into ACTIVE (SCREENING → ACTIVE), so no
 * volunteer is active without a certificate.
 */
export async function recordScreening(
  actor: StaffActor,
  input: z.input<typeof recordScreeningSchema>,
  { db, now = new Date() }: VolunteerOptions = {},
): Promise<{ id: string }> {
  assertCan(actor, "volunteer:manage");
  const { volunteerId, certificateDate } = parseStaffInput(recordScreeningSchema, input);
  const refusal = certificateDateRefusal(certificateDate, now);
  if (refusal) throw new DomainError("invalid-input", refusal, { certificateDate: refusal });
  // Stored as noon UTC of the date on the certificate: a date, not an instant.
  const conductCertificateOn = new Date(`${certificateDate}T12:00:00.000Z`);
  return changeVolunteer(
    actor,
    volunteerId,
    { action: "record-screening", to: "ACTIVE", db, now },
    async ({ tx, volunteer }) => {
      await tx.volunteer.update({
        where: { id: volunteer.id },
        data: { status: "ACTIVE", conductCertificateOn, screenedAt: now, activatedAt: now },
      });
      return {
        event: {
          type: "SCREENED",
          note: `Uittreksel uit het strafregister (model 2) van ${certificateDate}.`,
        },
        audit: { certificateDate },
      };
    },
  );
}
