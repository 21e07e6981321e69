// The volunteer lifecycle as data, read by the domain functions, the pages
// (to offer only what makes sense) and the unit tests.
//
//   APPLIED ──plan intake──▶ INTAKE_PLANNED ──intake done──▶ SCREENING ──screened──▶ ACTIVE ⇄ PAUSED
//   Every status ──stop (with a reason)──▶ STOPPED (final; a new sign-up starts again at APPLIED)
//
// Decisions:
// - No volunteer becomes ACTIVE without a certificate of good conduct
//   (model 2) and its date: screening is the only way into ACTIVE.
// - INTAKE_PLANNED → APPLIED: the interview is cancelled or moved to "later".
// - PAUSED → ACTIVE needs no new screening; a certificate older than the
//   city's rule is a coaching question, not a status.
import type { VolunteerStatus } from "@/lib/generated/prisma/enums";

export const VOLUNTEER_STATUSES = [
  "APPLIED",
  "INTAKE_PLANNED",
  "SCREENING",
  "ACTIVE",
  "PAUSED",
  "STOPPED",
] as const satisfies readonly VolunteerStatus[];

export const VOLUNTEER_TRANSITIONS: Readonly<Record<VolunteerStatus, readonly VolunteerStatus[]>> = {
  APPLIED: ["INTAKE_PLANNED", "STOPPED"],
  INTAKE_PLANNED: ["SCREENING", "APPLIED", "STOPPED"],
  SCREENING: ["ACTIVE", "STOPPED"],
  ACTIVE: ["PAUSED", "STOPPED"],
  PAUSED: ["ACTIVE", "STOPPED"],
  STOPPED: [],
};

export function canVolunteerTransition(from: VolunteerStatus, to: VolunteerStatus): boolean {
  return VOLUNTEER_TRANSITIONS[from].includes(to);
}

/** Dutch names of the statuses for the staff area. */
export const VOLUNTEER_STATUS_LABELS: Readonly<Record<VolunteerStatus, string>> = {
  APPLIED: "Aangemeld",
  INTAKE_PLANNED: "Intake gepland",
  SCREENING: "Screening",
  ACTIVE: "Actief",
  PAUSED: "Gepauzeerd",
  STOPPED: "Gestopt",
};
