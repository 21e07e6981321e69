// The schemas of the actions on a request's page (/beheer/aanvragen/[id]):
// one per action, shared by its form and its domain function. Every field
// arrives as a string (or a list of strings), as FormData gives it.
import { z } from "@/lib/validation/zod";
import type { CloseOutcome, LonelinessType, Need, Urgency } from "@/lib/generated/prisma/enums";
import { LONELINESS_ANSWERS, type LonelinessAnswer } from "@/lib/help-requests/loneliness-scale";
import { parseBrusselsDateTime } from "@/lib/sla/brussels-time";
import {
  ALWAYS,
  checkboxes,
  choice,
  emptyToNull,
  MESSAGE_MAX,
  optionalChoice,
  requiredText,
  text,
} from "./fields";
import {
  AGE_GROUP_OPTIONS,
  CLOSE_OUTCOME_OPTIONS,
  CONTACT_ATTEMPT_RESULT_OPTIONS,
  FIRST_CONTACT_WITH_OPTIONS,
  LONELINESS_TYPE_OPTIONS,
  NEED_OPTIONS,
  URGENCY_OPTIONS,
  type ContactAttemptResult,
} from "./options";
import { id, optionalId, values } from "./staff-fields";

export const NOTE_MAX = MESSAGE_MAX;

export const STAFF_MESSAGES = {
  requestMissing: "Deze aanvraag bestaat niet (meer). Laad de pagina opnieuw.",
  followUpMissing: "Deze opvolging bestaat niet (meer). Laad de pagina opnieuw.",
  noteTooLong: `Een notitie is maximaal ${NOTE_MAX} tekens lang.`,
  noteMissing: "Schrijf een notitie.",
  attemptResultMissing: "Kies wat er gebeurde.",
  dateTimeInvalid: "Dit tijdstip klopt niet. Schrijf het bijvoorbeeld zo: 24-11-2026 14:30.",
  dateMissing: "Kies een datum.",
  dateInvalid: "Deze datum klopt niet. Kies een datum in de kalender.",
  needsMissing: "Kies minstens één ding dat zou helpen.",
  lonelinessTypesMissing: "Kies minstens één soort eenzaamheid, of 'Nog niet duidelijk'.",
  urgencyMissing: "Kies hoe dringend de vraag is.",
  lonelinessIncomplete: "Beantwoord alle zes de uitspraken, of laat ze alle zes leeg.",
  consentChoiceMissing: "Kies wat de persoon antwoordde.",
  organisationMissing: "Kies een organisatie uit de lijst.",
  outcomeMissing: "Kies hoe de aanvraag afloopt.",
  closeNoteMissing: "Schrijf kort waarom je de aanvraag afsluit.",
} as const;

const note = () => text(NOTE_MAX, STAFF_MESSAGES.noteTooLong, "Notitie");
const requestId = () => id(STAFF_MESSAGES.requestMissing);

/** An optional moment ("2026-11-24T14:30" from a datetime-local field), in Brussels time. */
function optionalDateTime() {
  return z
    .string()
    .trim()
    .refine((v) => v === "" || parseBrusselsDateTime(v) !== null, STAFF_MESSAGES.dateTimeInvalid)
    .prefault("");
}

// ───────────────────── De Jong Gierveld answers ─────────────────────

const answer = () => optionalChoice(LONELINESS_ANSWERS);

/** The six statements of the loneliness scale, asked optionally at assessment and follow-ups. */
export const lonelinessScaleFields = {
  lonelinessItem1: answer(),
  lonelinessItem2: answer(),
  lonelinessItem3: answer(),
  lonelinessItem4: answer(),
  lonelinessItem5: answer(),
  lonelinessItem6: answer(),
};

export const LONELINESS_ITEM_FIELDS = Object.keys(
  lonelinessScaleFields,
) as (keyof typeof lonelinessScaleFields)[];

type LonelinessFormValues = Record<keyof typeof lonelinessScaleFields, LonelinessAnswer | "">;

/** All six answers, or null when none was given. */
function lonelinessAnswers(form: LonelinessFormValues): LonelinessAnswer[] | null {
  const answers = LONELINESS_ITEM_FIELDS.map((f) => form[f]);
  return answers.every((a) => a === "") ? null : (answers as LonelinessAnswer[]);
}

function checkLonelinessComplete(form: LonelinessFormValues, ctx: z.RefinementCtx) {
  const answers = LONELINESS_ITEM_FIELDS.map((f) => form[f]);
  const given = answers.filter((a) => a !== "").length;
  if (given > 0 && given < answers.length) {
    const first = LONELINESS_ITEM_FIELDS.find((f) => form[f] === "")!;
    ctx.addIssue({ code: "custom", path: [first], message: STAFF_MESSAGES.lonelinessIncomplete });
  }
}

// ───────────────────────────── Actions ─────────────────────────────

export const contactAttemptSchema = z
  .object({
    requestId: requestId(),
    result: choice(values(CONTACT_ATTEMPT_RESULT_OPTIONS), STAFF_MESSAGES.attemptResultMissing),
    note: note(),
  })
  .transform((f) => ({
    requestId: f.requestId,
    result: f.result as ContactAttemptResult,
    note: f.note || null,
  }));

export const firstContactSchema = z
  .object({
    requestId: requestId(),
    /** With the person or with the one who passed the request on; "" = the person. */
    contactWith: optionalChoice(values(FIRST_CONTACT_WITH_OPTIONS)),
    /** When the contact took place, if not just now. */
    contactedAt: optionalDateTime(),
    note: note(),
  })
  .transform((f) => ({
    requestId: f.requestId,
    contactWith: (f.contactWith || "PERSON") as "PERSON" | "REPORTER",
    contactedAt: f.contactedAt ? parseBrusselsDateTime(f.contactedAt) : null,
    note: f.note || null,
  }));

export const assessSchema = z
  .object({
    requestId: requestId(),
    needs: checkboxes(values(NEED_OPTIONS), 1, STAFF_MESSAGES.needsMissing),
    lonelinessTypes: checkboxes(values(LONELINESS_TYPE_OPTIONS), 1, STAFF_MESSAGES.lonelinessTypesMissing),
    urgency: choice(values(URGENCY_OPTIONS), STAFF_MESSAGES.urgencyMissing),
    ageGroup: optionalChoice(values(AGE_GROUP_OPTIONS)),
    note: note(),
    ...lonelinessScaleFields,
  })
  .superRefine(checkLonelinessComplete, ALWAYS)
  .transform((f) => ({
    requestId: f.requestId,
    needs: [...new Set(f.needs)] as Need[],
    lonelinessTypes: [...new Set(f.lonelinessTypes)] as LonelinessType[],
    urgency: f.urgency as Urgency,
    ageGroup: emptyToNull(f.ageGroup),
    note: f.note || null,
    lonelinessAnswers: lonelinessAnswers(f),
  }));

export const assignSchema = z
  .object({
    requestId: requestId(),
    /** A staff user's id, or "" to take the assignment away. */
    assigneeId: optionalId(),
  })
  .transform((f) => ({ requestId: f.requestId, assigneeId: f.assigneeId || null }));

export const subjectConsentSchema = z
  .object({
    requestId: requestId(),
    consent: choice(["ASKED", "CONSENTED", "DECLINED"], STAFF_MESSAGES.consentChoiceMissing),
    note: note(),
  })
  .transform((f) => ({ requestId: f.requestId, consent: f.consent, note: f.note || null }));

export const referSchema = z
  .object({
    requestId: requestId(),
    organisationId: id(STAFF_MESSAGES.organisationMissing),
    /** One of that organisation's published offers, or "". */
    offerId: optionalId(),
    note: note(),
  })
  .transform((f) => ({
    requestId: f.requestId,
    organisationId: f.organisationId,
    offerId: f.offerId || null,
    note: f.note || null,
  }));

export const planFollowUpSchema = z
  .object({
    requestId: requestId(),
    /** "2026-12-01" (at 9.00 uur) or "2026-12-01T14:30", Brussels time. */
    dueAt: z
      .string()
      .trim()
      .min(1, STAFF_MESSAGES.dateMissing)
      .refine((v) => parseBrusselsDateTime(v) !== null, STAFF_MESSAGES.dateInvalid)
      .prefault(""),
    /** Who does the follow-up; "" = the one planning it. */
    assigneeId: optionalId(),
    note: note(),
  })
  .transform((f) => ({
    requestId: f.requestId,
    dueAt: parseBrusselsDateTime(f.dueAt)!,
    assigneeId: f.assigneeId || null,
    note: f.note || null,
  }));

export const completeFollowUpSchema = z
  .object({
    followUpId: id(STAFF_MESSAGES.followUpMissing),
    note: note(),
    ...lonelinessScaleFields,
  })
  .superRefine(checkLonelinessComplete, ALWAYS)
  .transform((f) => ({
    followUpId: f.followUpId,
    note: f.note || null,
    lonelinessAnswers: lonelinessAnswers(f),
  }));

export const closeSchema = z
  .object({
    requestId: requestId(),
    outcome: choice(values(CLOSE_OUTCOME_OPTIONS), STAFF_MESSAGES.outcomeMissing),
    note: note(),
  })
  .superRefine((f, ctx) => {
    if (f.outcome === "OTHER" && (typeof f.note !== "string" || f.note.trim() === "")) {
      ctx.addIssue({ code: "custom", path: ["note"], message: STAFF_MESSAGES.closeNoteMissing });
    }
  }, ALWAYS)
  .transform((f) => ({ requestId: f.requestId, outcome: f.outcome as CloseOutcome, note: f.note || null }));

export const withdrawSchema = z
  .object({ requestId: requestId(), note: note() })
  .transform((f) => ({ requestId: f.requestId, note: f.note || null }));

export const addNoteSchema = z
  .object({
    requestId: requestId(),
    note: requiredText(NOTE_MAX, STAFF_MESSAGES.noteMissing, STAFF_MESSAGES.noteTooLong, "Notitie"),
  })
  .transform((f) => ({ requestId: f.requestId, note: f.note }));

/** The request a page shows. */
export const requestRefSchema = z.object({ requestId: requestId() });

export type ContactAttemptInput = z.input<typeof contactAttemptSchema>;
export type FirstContactInput = z.input<typeof firstContactSchema>;
export type AssessInput = z.input<typeof assessSchema>;
export type AssignInput = z.input<typeof assignSchema>;
export type SubjectConsentInput = z.input<typeof subjectConsentSchema>;
export type ReferInput = z.input<typeof referSchema>;
export type PlanFollowUpInput = z.input<typeof planFollowUpSchema>;
export type CompleteFollowUpInput = z.input<typeof completeFollowUpSchema>;
export type CloseInput = z.input<typeof closeSchema>;
export type WithdrawInput = z.input<typeof withdrawSchema>;
export type AddNoteInput = z.input<typeof addNoteSchema>;
export type RequestRefInput = z.input<typeof requestRefSchema>;
