// The schema of "propose a caring neighbour" on a request's page: shared by
// the form (components/staff/links/suggestions-form.tsx) and
// lib/volunteer-links/propose-link.ts. Fields arrive as strings, as FormData gives them.
import { z } from "@/lib/validation/zod";
import type { LinkKind, Need } from "@/lib/generated/prisma/enums";
import { parseBrusselsDateTime } from "@/lib/sla/brussels-time";
import { ALWAYS, choice, text } from "./fields";
import { NEED_OPTIONS } from "./options";
import { id, values } from "./staff-fields";
import { NOTE_MAX, STAFF_MESSAGES } from "./staff-request-schemas";

export const TIMES_PER_WEEK_MAX = 7;
export const DURATION_WEEKS_MAX = 52;

export const PROPOSE_LINK_MESSAGES = {
  volunteerMissing: "Kies een vrijwilliger uit de lijst.",
  activityMissing: "Kies wat de vrijwilliger zal doen.",
  kindMissing: "Kies of het één keer is of terugkomt.",
  planTooLong: `Het plan is maximaal ${NOTE_MAX} tekens lang.`,
  timesPerWeek: `Hoe vaak per week? Kies een getal van 1 tot ${TIMES_PER_WEEK_MAX}.`,
  durationWeeks: `Hoeveel weken? Kies een getal van 1 tot ${DURATION_WEEKS_MAX}.`,
  planMissing: "Schrijf kort wat jullie afspreken, bijvoorbeeld 'twee keer per week bellen'.",
} as const;

export const LINK_KIND_OPTIONS = [
  { value: "ONE_OFF", label: "Eén keer (bijvoorbeeld één keer boodschappen)" },
  { value: "RECURRING", label: "Terugkerend, met een plan (bijvoorbeeld twee keer per week bellen)" },
] as const satisfies readonly { value: LinkKind; label: string }[];

/** A whole number from 1 to max, or "" (required only for a recurring link, checked below). */
function count(max: number, message: string) {
  return z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= max), message)
    .prefault("");
}

export const proposeLinkSchema = z
  .object({
    requestId: id(STAFF_MESSAGES.requestMissing),
    volunteerId: id(PROPOSE_LINK_MESSAGES.volunteerMissing),
    activity: choice(values(NEED_OPTIONS), PROPOSE_LINK_MESSAGES.activityMissing),
    kind: choice(values(LINK_KIND_OPTIONS), PROPOSE_LINK_MESSAGES.kindMissing),
    plan: text(NOTE_MAX, PROPOSE_LINK_MESSAGES.planTooLong, "Afspraken"),
    timesPerWeek: count(TIMES_PER_WEEK_MAX, PROPOSE_LINK_MESSAGES.timesPerWeek),
    durationWeeks: count(DURATION_WEEKS_MAX, PROPOSE_LINK_MESSAGES.durationWeeks),
    /** "2026-12-01": when the plan starts (optional). */
    startsOn: z
      .string()
      .trim()
      .refine((v) => v === "" || parseBrusselsDateTime(v) !== null, STAFF_MESSAGES.dateInvalid)
      .prefault(""),
  })
  // A recurring link needs its plan: what, how often, how long.
  .superRefine((f, ctx) => {
    if (f.kind !== "RECURRING") return;
    const missing = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    if (f.plan === "") missing("plan", PROPOSE_LINK_MESSAGES.planMissing);
    if (f.timesPerWeek === "") missing("timesPerWeek", PROPOSE_LINK_MESSAGES.timesPerWeek);
    if (f.durationWeeks === "") missing("durationWeeks", PROPOSE_LINK_MESSAGES.durationWeeks);
  }, ALWAYS)
  .transform((f) => {
    const recurring = f.kind === "RECURRING";
    return {
      requestId: f.requestId,
      volunteerId: f.volunteerId,
      activity: f.activity as Need,
      kind: f.kind as LinkKind,
      plan: f.plan || null,
      timesPerWeek: recurring ? Number(f.timesPerWeek) : null,
      durationWeeks: recurring ? Number(f.durationWeeks) : null,
      startsOn: f.startsOn ? parseBrusselsDateTime(f.startsOn) : null,
    };
  });

export type ProposeLinkInput = z.input<typeof proposeLinkSchema>;
