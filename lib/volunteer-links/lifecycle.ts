// The link lifecycle as data: a request linked to a volunteer.
//
//   PROPOSED ──volunteer accepts──▶ ACCEPTED ──start (introduced, or first contact logged)──▶ ACTIVE ──end (reason)──▶ ENDED
//       └──volunteer declines──▶ DECLINED
//   PROPOSED and ACCEPTED may also be ENDED (with a reason) before they start.
//
// Decisions:
// - A link counts towards the volunteer's maximum from the moment it is
//   proposed (LOAD_STATUSES), so two coordinators can't both fill the last place.
// - ENDED and DECLINED are final.
import type { VolunteerLinkStatus } from "@/lib/generated/prisma/enums";

export const LINK_TRANSITIONS: Readonly<Record<VolunteerLinkStatus, readonly VolunteerLinkStatus[]>> = {
  PROPOSED: ["ACCEPTED", "DECLINED", "ENDED"],
  ACCEPTED: ["ACTIVE", "ENDED"],
  ACTIVE: ["ENDED"],
  ENDED: [],
  DECLINED: [],
};

/** The statuses in which a link takes one of the volunteer's places. */
export const LOAD_STATUSES = [
  "PROPOSED",
  "ACCEPTED",
  "ACTIVE",
] as const satisfies readonly VolunteerLinkStatus[];

export function canLinkTransition(from: VolunteerLinkStatus, to: VolunteerLinkStatus): boolean {
  return LINK_TRANSITIONS[from].includes(to);
}

export function takesAPlace(status: VolunteerLinkStatus): boolean {
  return (LOAD_STATUSES as readonly VolunteerLinkStatus[]).includes(status);
}

/** Dutch names of the link statuses. */
export const LINK_STATUS_LABELS: Readonly<Record<VolunteerLinkStatus, string>> = {
  PROPOSED: "Voorgesteld",
  ACCEPTED: "Aanvaard",
  ACTIVE: "Lopend",
  ENDED: "Beëindigd",
  DECLINED: "Geweigerd",
};

/** A check-in is due one week after the start, then every month. */
export const FIRST_CHECK_IN_AFTER_DAYS = 7;
export const CHECK_IN_EVERY_MONTHS = 1;
/** An active link without a logged contact for this long alerts the coordinator. */
export const NO_CONTACT_ALERT_DAYS = 14;
