// The schemas of the volunteer coordinator's forms (/beheer/vrijwilligers),
// one per form, shared by the forms, the server actions and the domain
// functions in lib/volunteers/. Checks that need the clock (a certificate in
// the future) are made by the domain function.
import { z } from "@/lib/validation/zod";
import type { AvailabilitySlot, TravelRange, VolunteerStatus } from "@/lib/generated/prisma/enums";
import { VOLUNTEER_STATUSES } from "@/lib/volunteers/lifecycle";
import {
  checkboxes,
  choice,
  MESSAGE_MAX,
  neighbourhood,
  optionalChoice,
  optionValues,
  requiredText,
  searchTerm,
  text,
} from "./fields";
import {
  AVAILABILITY_SLOTS,
  VOLUNTEER_ACTIVITY_OPTIONS,
  VOLUNTEER_LANGUAGE_OPTIONS,
  type Option,
} from "./options";
import { id } from "./staff-fields";

export const VOLUNTEER_FORM_MESSAGES = {
  intakeAtMissing: "Kies een moment voor de intake.",
  intakeOutcomeMissing: "Kies hoe de intake afliep.",
  intakeNoteMissing: "Schrijf kort wat de intake opleverde.",
  certificateMissing: "Vul de datum van het uittreksel uit het strafregister (model 2) in.",
  certificateInvalid: "Deze datum klopt niet. Schrijf ze zo: 2026-11-23.",
  reasonMissing: "Schrijf kort waarom.",
  noteMissing: "Schrijf een notitie.",
  activitiesMissing: "Kies minstens één activiteit.",
  languagesMissing: "Kies minstens één taal.",
  travelRangeMissing: "Kies hoe ver de vrijwilliger wil gaan.",
  maxActiveLinks: "Kies een aantal van 1 tot 10.",
  tooLong: `Maximaal ${MESSAGE_MAX} tekens.`,
} as const;

const M = VOLUNTEER_FORM_MESSAGES;

/**
 * Languages a volunteer may speak: those of the public sign-up form, then
 * more ISO 639-1 codes (Dari: ISO 639-3) with their Dutch names, for the
 * languages people in the city speak.
 */
export const STAFF_VOLUNTEER_LANGUAGE_OPTIONS = [
  ...VOLUNTEER_LANGUAGE_OPTIONS,
  ...(
    [
      ["de", "Duits"],
      ["es", "Spaans"],
      ["it", "Italiaans"],
      ["pt", "Portugees"],
      ["pl", "Pools"],
      ["ro", "Roemeens"],
      ["bg", "Bulgaars"],
      ["ru", "Russisch"],
      ["uk", "Oekraïens"],
      ["so", "Somalisch"],
      ["ti", "Tigrinya"],
      ["prs", "Dari"],
      ["ps", "Pasjtoe"],
    ] as const
  ).map(([value, label]) => ({ value, label })),
] satisfies readonly Option[];

export const TRAVEL_RANGE_OPTIONS = [
  { value: "SAME_NEIGHBOURHOOD", label: "Alleen in de eigen wijk" },
  { value: "ADJACENT_NEIGHBOURHOODS", label: "Eigen wijk en de wijken ernaast" },
  { value: "WHOLE_CITY", label: "De hele stad" },
] as const satisfies readonly Option<TravelRange>[];

export const MAX_LINKS_LIMITS = { min: 1, max: 10 } as const;

const volunteerId = id();
const note = text(MESSAGE_MAX, M.tooLong, "Notitie");

export const planIntakeSchema = z.object({
  volunteerId,
  // An ISO instant from the list of free slots.
  intakeAt: z
    .string()
    .trim()
    .min(1, M.intakeAtMissing)
    .refine((v) => !Number.isNaN(Date.parse(v)), M.intakeAtMissing)
    .prefault(""),
});

export const cancelIntakeSchema = z.object({ volunteerId, note });

export const INTAKE_OUTCOME_OPTIONS = [
  { value: "SCREENING", label: "Goed verlopen: verder met de screening" },
  { value: "STOPPED", label: "Niet verder: de vrijwilliger stopt" },
] as const satisfies readonly Option<VolunteerStatus>[];

export const recordIntakeOutcomeSchema = z.object({
  volunteerId,
  outcome: choice(optionValues(INTAKE_OUTCOME_OPTIONS), M.intakeOutcomeMissing),
  note: requiredText(MESSAGE_MAX, M.intakeNoteMissing, M.tooLong, "Notitie"),
});

export const recordScreeningSchema = z.object({
  volunteerId,
  certificateDate: z
    .string()
    .trim()
    .min(1, M.certificateMissing)
    .regex(/^\d{4}-\d{2}-\d{2}$/, M.certificateInvalid)
    .prefault(""),
});

export const pauseVolunteerSchema = z.object({ volunteerId, note });
export const resumeVolunteerSchema = z.object({ volunteerId, note });
export const stopVolunteerSchema = z.object({
  volunteerId,
  reason: requiredText(MESSAGE_MAX, M.reasonMissing, M.tooLong, "Reden"),
});
export const addVolunteerNoteSchema = z.object({
  volunteerId,
  note: requiredText(MESSAGE_MAX, M.noteMissing, M.tooLong, "Notitie"),
});

export const updateVolunteerProfileSchema = z.object({
  volunteerId,
  activities: checkboxes(optionValues(VOLUNTEER_ACTIVITY_OPTIONS), 1, M.activitiesMissing),
  neighbourhood: neighbourhood("Kies een wijk uit de lijst."),
  travelRange: choice(optionValues(TRAVEL_RANGE_OPTIONS), M.travelRangeMissing),
  languages: checkboxes(optionValues(STAFF_VOLUNTEER_LANGUAGE_OPTIONS), 1, M.languagesMissing),
  availability: checkboxes(AVAILABILITY_SLOTS as [AvailabilitySlot, ...AvailabilitySlot[]], 0, ""),
  maxActiveLinks: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, M.maxActiveLinks)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(MAX_LINKS_LIMITS.min, M.maxActiveLinks)
        .max(MAX_LINKS_LIMITS.max, M.maxActiveLinks),
    )
    .prefault(""),
});

export const VOLUNTEER_VIEWS = ["alle", "overbelast", "zonder-koppeling", "wachtend"] as const;
export type VolunteerView = (typeof VOLUNTEER_VIEWS)[number];

/** The list's filters, from the address bar: anything odd falls back to "no filter". */
export const listVolunteersSchema = z.object({
  view: z.enum(VOLUNTEER_VIEWS).catch("alle").prefault("alle"),
  status: optionalChoice(VOLUNTEER_STATUSES).catch(""),
  neighbourhood: neighbourhood("").catch(""),
  activity: optionalChoice(optionValues(VOLUNTEER_ACTIVITY_OPTIONS)).catch(""),
  q: searchTerm().pipe(z.string().max(80)).catch("").prefault(""),
});

export type PlanIntakeInput = z.input<typeof planIntakeSchema>;
export type ListVolunteersInput = z.input<typeof listVolunteersSchema>;
