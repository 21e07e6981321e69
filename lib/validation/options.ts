// The choices offered on the public forms, with their Dutch wording. Shared by
// the zod schemas (allowed values), the forms (labels) and, later, the staff
// area (to show what someone chose). Plain data: safe in the browser.
import type {
  AgeGroup,
  AvailabilitySlot,
  ContactTime,
  Need,
  SubjectAwareness,
} from "@/lib/generated/prisma/enums";

export interface Option<T extends string = string> {
  value: T;
  label: string;
  hint?: string;
}

export const REQUEST_FOR_OPTIONS = [
  { value: "SELF", label: "Voor mezelf" },
  {
    value: "SOMEONE_ELSE",
    label: "Voor iemand anders",
    hint: "Bijvoorbeeld voor je buurvrouw, je vader of een vriend.",
  },
] as const satisfies readonly Option<"SELF" | "SOMEONE_ELSE">[];

export const SUBJECT_AWARENESS_OPTIONS = [
  { value: "YES", label: "Ja" },
  { value: "NO", label: "Nee" },
  { value: "NOT_SURE", label: "Ik weet het niet" },
] as const satisfies readonly Option<SubjectAwareness>[];

/** What would help (help form). */
export const NEED_OPTIONS = [
  { value: "CHAT_OR_CALL", label: "Een babbel of telefoontje" },
  { value: "VISIT_OR_WALK", label: "Een bezoek of een wandeling" },
  { value: "GROCERIES_OR_ERRANDS", label: "Boodschappen of klusjes" },
  { value: "DIGITAL_HELP", label: "Hulp met computer, gsm of internet" },
  { value: "MEETING_PEOPLE", label: "Mensen ontmoeten, activiteiten" },
  { value: "PROFESSIONAL_TALK", label: "Praten met een hulpverlener" },
  { value: "NOT_SURE", label: "Ik weet het nog niet" },
] as const satisfies readonly Option<Need>[];

/** What a volunteer would like to do: the same values, worded for the volunteer. */
export const VOLUNTEER_ACTIVITY_OPTIONS = [
  { value: "CHAT_OR_CALL", label: "Een babbel doen of iemand opbellen" },
  { value: "VISIT_OR_WALK", label: "Op bezoek gaan of samen wandelen" },
  { value: "GROCERIES_OR_ERRANDS", label: "Helpen met boodschappen of kleine klusjes" },
  { value: "DIGITAL_HELP", label: "Helpen met computer, gsm of internet" },
  { value: "MEETING_PEOPLE", label: "Samen naar een activiteit gaan" },
] as const satisfies readonly Option<Need>[];

export const CONTACT_TIME_OPTIONS = [
  { value: "MORNING", label: "In de voormiddag" },
  { value: "AFTERNOON", label: "In de namiddag" },
  { value: "EVENING", label: "In de vooravond" },
  { value: "ANY", label: "Maakt niet uit" },
] as const satisfies readonly Option<ContactTime>[];

export const AGE_GROUP_OPTIONS = [
  { value: "AGE_UNDER_15", label: "Jonger dan 15 jaar" },
  { value: "AGE_15_24", label: "15 tot 24 jaar" },
  { value: "AGE_25_44", label: "25 tot 44 jaar" },
  { value: "AGE_45_64", label: "45 tot 64 jaar" },
  { value: "AGE_65_74", label: "65 tot 74 jaar" },
  { value: "AGE_75_PLUS", label: "75 jaar of ouder" },
] as const satisfies readonly Option<AgeGroup>[];

/**
 * Languages we can offer a conversation in (ISO 639-1 codes; Berber has none,
 * so its ISO 639-2 code "ber" is used). "other" means: another language, to be
 * asked about on the phone.
 */
export const LANGUAGE_OPTIONS = [
  { value: "nl", label: "Nederlands" },
  { value: "fr", label: "Frans" },
  { value: "en", label: "Engels" },
  { value: "ar", label: "Arabisch" },
  { value: "ber", label: "Berbers (Tamazight)" },
  { value: "tr", label: "Turks" },
  { value: "other", label: "Een andere taal" },
] as const satisfies readonly Option[];

/** Languages a volunteer can tick: the same list, without "another language". */
export const VOLUNTEER_LANGUAGE_OPTIONS = LANGUAGE_OPTIONS.filter((o) => o.value !== "other");

export const WEEKDAYS = [
  { key: "MONDAY", label: "Maandag" },
  { key: "TUESDAY", label: "Dinsdag" },
  { key: "WEDNESDAY", label: "Woensdag" },
  { key: "THURSDAY", label: "Donderdag" },
  { key: "FRIDAY", label: "Vrijdag" },
  { key: "SATURDAY", label: "Zaterdag" },
  { key: "SUNDAY", label: "Zondag" },
] as const;

export const DAY_PARTS = [
  { key: "MORNING", label: "Voormiddag" },
  { key: "AFTERNOON", label: "Namiddag" },
  { key: "EVENING", label: "Avond" },
] as const;

/** Every availability slot, day by day: MONDAY_MORNING, MONDAY_AFTERNOON, … */
export const AVAILABILITY_SLOTS = WEEKDAYS.flatMap((d) =>
  DAY_PARTS.map((p) => `${d.key}_${p.key}` as AvailabilitySlot),
);

export const MAX_ACTIVE_LINKS_OPTIONS = [
  { value: "1", label: "1 persoon" },
  { value: "2", label: "2 personen" },
  { value: "3", label: "3 personen" },
] as const satisfies readonly Option[];

export function labelFor<T extends string>(
  options: readonly Option<T>[],
  value: T | null | undefined,
): string | undefined {
  return options.find((o) => o.value === value)?.label;
}

/** The neighbourhood select's "I don't know / not in the list" choice (stored as no neighbourhood). */
export const NEIGHBOURHOOD_UNKNOWN = "onbekend";
