import { CITY_TIME_ZONE } from "@/lib/sla/brussels-time";
import { formatDutchTime } from "@/lib/sla/format-due";

const dateFormatter = new Intl.DateTimeFormat("nl-BE", {
  timeZone: CITY_TIME_ZONE,
  day: "numeric",
  month: "short",
  year: "numeric",
});

/** "23 nov. 2026" in Brussels time. */
export function formatStaffDate(instant: Date): string {
  return dateFormatter.format(instant);
}

/** "23 nov. 2026, 14.05 uur" in Brussels time. */
export function formatStaffDateTime(instant: Date): string {
  return `${formatStaffDate(instant)}, ${formatDutchTime(instant)}`;
}
