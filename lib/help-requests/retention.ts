import type { RequestFor, SubjectConsent } from "@/lib/generated/prisma/enums";

export interface RetentionSettings {
  /** Months after closing before the personal data of a request is anonymised. */
  retentionMonths: number;
  /** Months for a request about someone else who said no: kept much shorter. */
  declinedRetentionMonths: number;
}

/**
 * How long a request's personal data is kept after it is closed. A request
 * made for someone else, who then declined, is kept only briefly: that person
 * never asked for help themselves.
 */
export function retentionMonthsFor(
  request: { requestFor: RequestFor; subjectConsent: SubjectConsent },
  settings: RetentionSettings,
): number {
  if (request.requestFor === "SOMEONE_ELSE" && request.subjectConsent === "DECLINED") {
    return settings.declinedRetentionMonths;
  }
  return settings.retentionMonths;
}

/** Adds calendar months; the 31st plus one month becomes the last day of the next month. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** The moment after which the request's personal data is anonymised, counted from closing (or declining). */
export function computeRetainUntil(
  closedAt: Date,
  request: { requestFor: RequestFor; subjectConsent: SubjectConsent },
  settings: RetentionSettings,
): Date {
  return addMonths(closedAt, retentionMonthsFor(request, settings));
}
