// The filters of the audit log page: a GET form, so the address can be
// bookmarked and shared. Wrong values are reported and left out, never fatal.
import { z } from "@/lib/validation/zod";
import { addDays, startOfBrusselsDay } from "@/lib/sla/brussels-time";
import { searchTerm } from "./fields";

export const AUDIT_FILTER_MESSAGES = {
  dateInvalid: "Schrijf de datum zo: 2026-11-23.",
  rangeReversed: "De datum 'tot en met' ligt voor de datum 'vanaf'.",
} as const;

/** The raw values of the filter form, as they are in the address. */
export interface AuditFilterValues {
  action: string;
  entityType: string;
  actor: string;
  from: string;
  to: string;
  page: string;
}

export interface AuditFilter {
  action?: string;
  entityType?: string;
  actorStaffId?: string;
  /** From the start of this day in Brussels. */
  from?: Date;
  /** Up to, not including, this instant: the start of the day after "tot en met". */
  toExclusive?: Date;
  page: number;
}

const text = searchTerm().pipe(z.string().max(200)).catch("");

/** A calendar date (as `<input type="date">` sends it) as the start of that day in Brussels; null when not a real date. */
export function parseBrusselsDay(value: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  const real =
    check.getUTCFullYear() === date.year &&
    check.getUTCMonth() === date.month - 1 &&
    check.getUTCDate() === date.day;
  return real ? date : null;
}

function first(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** Reads the page's search parameters: the filter to apply, the values to show again and any errors. */
export function parseAuditFilter(params: Record<string, string | string[] | undefined>): {
  filter: AuditFilter;
  values: AuditFilterValues;
  errors: Partial<Record<keyof AuditFilterValues, string>>;
} {
  const values: AuditFilterValues = {
    action: text.parse(first(params.action)),
    entityType: text.parse(first(params.entityType)),
    actor: text.parse(first(params.actor)),
    from: text.parse(first(params.from)),
    to: text.parse(first(params.to)),
    page: text.parse(first(params.page)),
  };
  const errors: Partial<Record<keyof AuditFilterValues, string>> = {};
  const fromDay = values.from ? parseBrusselsDay(values.from) : null;
  const toDay = values.to ? parseBrusselsDay(values.to) : null;
  if (values.from && !fromDay) errors.from = AUDIT_FILTER_MESSAGES.dateInvalid;
  if (values.to && !toDay) errors.to = AUDIT_FILTER_MESSAGES.dateInvalid;
  let from = fromDay ? startOfBrusselsDay(fromDay) : undefined;
  let toExclusive = toDay ? startOfBrusselsDay(addDays(toDay, 1)) : undefined;
  if (from && toExclusive && toExclusive <= from) {
    errors.to = AUDIT_FILTER_MESSAGES.rangeReversed;
    from = undefined;
    toExclusive = undefined;
  }
  const page = /^\d{1,6}$/.test(values.page) ? Math.max(1, Number(values.page)) : 1;
  return {
    filter: {
      action: values.action || undefined,
      entityType: values.entityType || undefined,
      actorStaffId: values.actor || undefined,
      from,
      toExclusive,
      page,
    },
    values,
    errors,
  };
}
