// How the volunteer pages write languages, availability and load. Plain functions: safe in the browser.
import type { AvailabilitySlot } from "@/lib/generated/prisma/enums";
import { DAY_PARTS, labelFor, WEEKDAYS } from "@/lib/validation/options";
import { STAFF_VOLUNTEER_LANGUAGE_OPTIONS } from "@/lib/validation/staff-volunteer-schemas";

/** "1 van 2 koppelingen" */
export function describeLoad(load: number, max: number): string {
  return `${load} van ${max} ${max === 1 ? "koppeling" : "koppelingen"}`;
}

/** "Nederlands, Frans" (unknown codes as they are). */
export function languageNames(codes: readonly string[]): string {
  return codes.map((c) => labelFor(STAFF_VOLUNTEER_LANGUAGE_OPTIONS, c as never) ?? c).join(", ");
}

/** "Dinsdag namiddag, Zaterdag voormiddag" */
export function availabilityText(slots: readonly AvailabilitySlot[]): string {
  if (slots.length === 0) return "Nog niet bekend";
  return slots
    .map((slot) => {
      const day = WEEKDAYS.find((d) => slot.startsWith(`${d.key}_`));
      const part = DAY_PARTS.find((p) => slot.endsWith(`_${p.key}`));
      return `${day?.label ?? ""} ${part?.label.toLowerCase() ?? ""}`.trim();
    })
    .join(", ");
}
