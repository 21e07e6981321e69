// The choices offered on the public forms, with their Dutch wording. Shared by
// the zod schemas (allowed values), the forms (labels) and, later, the staff
// area (to show what someone chose). Plain data: safe in the browser.
import type {
  AgeGroup,
  AvailabilitySlot,
  Channel,
  CloseOutcome,
  ContactTime,
  HelpRequestStatus,
  LonelinessType,
  Need,
  SubjectAwareness,
  SubjectConsent,
  TimelineEventType,
  Urgency,
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

// ───────────────────────── Staff area ─────────────────────────
// The same words in the queue, the filters, the intake form and the timeline.

/** How a request reached the city. */
export const CHANNEL_OPTIONS = [
  { value: "WEBSITE", label: "Website" },
  { value: "PHONE_LINE", label: "Gratis nummer (0800)" },
  { value: "LOCAL_SERVICE_CENTRE", label: "Lokaal dienstencentrum" },
  { value: "NEIGHBOURHOOD_POLICE", label: "Wijkagent" },
  { value: "OUTREACH", label: "Outreach (Huis-aan-Huis)" },
  { value: "CARE_COACH", label: "Zorgcoach" },
  { value: "PARTNER", label: "Andere partner" },
  { value: "OTHER", label: "Anders" },
] as const satisfies readonly Option<Channel>[];

/** The channels staff register themselves (the website registers its own requests). */
export const INTAKE_CHANNEL_OPTIONS = CHANNEL_OPTIONS.filter(
  (o): o is Exclude<(typeof CHANNEL_OPTIONS)[number], { value: "WEBSITE" }> => o.value !== "WEBSITE",
);

/** Channels of a referring partner: their contact person hears "contact gelegd" after the first contact. */
export const PARTNER_CHANNELS = [
  "LOCAL_SERVICE_CENTRE",
  "NEIGHBOURHOOD_POLICE",
  "OUTREACH",
  "CARE_COACH",
  "PARTNER",
] as const satisfies readonly Channel[];

export const STATUS_OPTIONS = [
  { value: "NEW", label: "Nieuw" },
  { value: "CONTACTED", label: "Contact gelegd" },
  { value: "ASSESSED", label: "Ingeschat" },
  { value: "LINKED", label: "Gekoppeld" },
  { value: "REFERRED", label: "Doorverwezen" },
  { value: "FOLLOW_UP", label: "Opvolging" },
  { value: "CLOSED", label: "Afgesloten" },
  { value: "WITHDRAWN", label: "Ingetrokken" },
] as const satisfies readonly Option<HelpRequestStatus>[];

export const CLOSE_OUTCOME_OPTIONS = [
  { value: "LINKED_TO_VOLUNTEER", label: "Gekoppeld aan een zorgzame buur" },
  { value: "REFERRED_TO_SERVICE", label: "Doorverwezen naar een dienst of organisatie" },
  { value: "ADVICE_GIVEN", label: "Advies of informatie gegeven" },
  { value: "NO_LONGER_NEEDED", label: "Niet meer nodig" },
  { value: "UNREACHABLE", label: "Niet bereikbaar" },
  { value: "DECLINED_HELP", label: "Wil geen hulp" },
  { value: "OTHER", label: "Anders" },
] as const satisfies readonly Option<CloseOutcome>[];

export const LONELINESS_TYPE_OPTIONS = [
  {
    value: "SOCIAL_ISOLATION",
    label: "Weinig contacten (sociaal isolement)",
    hint: "De persoon heeft weinig mensen om zich heen. Dat kan je tellen; het is niet hetzelfde als je eenzaam voelen.",
  },
  {
    value: "SOCIAL_LONELINESS",
    label: "Sociale eenzaamheid",
    hint: "De persoon mist een groep: vrienden, buren, mensen om iets mee te doen.",
  },
  {
    value: "EMOTIONAL_LONELINESS",
    label: "Emotionele eenzaamheid",
    hint: "De persoon mist één hechte band, zoals een partner of een beste vriend.",
  },
  { value: "UNCLEAR", label: "Nog niet duidelijk" },
] as const satisfies readonly Option<LonelinessType>[];

export const URGENCY_OPTIONS = [
  { value: "LOW", label: "Niet dringend" },
  { value: "NORMAL", label: "Gewoon" },
  { value: "HIGH", label: "Dringend" },
  {
    value: "CRISIS",
    label: "Crisis: nu handelen",
    hint: "Bij gevaar: bel 112. Om nu te praten: Tele-Onthaal 106.",
  },
] as const satisfies readonly Option<Urgency>[];

/** For a request about someone else: did that person agree. */
export const SUBJECT_CONSENT_OPTIONS = [
  { value: "NOT_APPLICABLE", label: "Niet nodig: gevraagd voor zichzelf" },
  { value: "REPORTED", label: "Gemeld, nog niet gevraagd" },
  { value: "ASKED", label: "Gevraagd, wacht op antwoord" },
  { value: "CONSENTED", label: "Akkoord" },
  { value: "DECLINED", label: "Wil geen hulp" },
] as const satisfies readonly Option<SubjectConsent>[];

/** What happened when staff tried to reach someone. */
export const CONTACT_ATTEMPT_RESULT_OPTIONS = [
  { value: "NO_ANSWER", label: "Niet bereikbaar" },
  { value: "VOICEMAIL", label: "Voicemail ingesproken" },
  { value: "BUSY", label: "In gesprek" },
  { value: "CALL_BACK_LATER", label: "Vraagt om later terug te bellen" },
  { value: "WRONG_NUMBER", label: "Verkeerd nummer" },
  { value: "MESSAGE_SENT", label: "Bericht of e-mail gestuurd" },
  { value: "OTHER", label: "Anders" },
] as const satisfies readonly Option[];

export type ContactAttemptResult = (typeof CONTACT_ATTEMPT_RESULT_OPTIONS)[number]["value"];

/** With whom the first contact was made. */
export const FIRST_CONTACT_WITH_OPTIONS = [
  { value: "PERSON", label: "Met de persoon zelf" },
  { value: "REPORTER", label: "Met wie de vraag doorgaf" },
] as const satisfies readonly Option[];

export const TIMELINE_EVENT_LABELS: Readonly<Record<TimelineEventType, string>> = {
  RECEIVED: "Ontvangen",
  STATUS_CHANGED: "Status veranderd",
  CONTACT_ATTEMPT: "Poging tot contact",
  FIRST_CONTACT: "Eerste contact",
  NOTE: "Notitie",
  ASSESSED: "Ingeschat",
  ASSIGNED: "Toegewezen",
  SUBJECT_CONSENT_CHANGED: "Toestemming",
  LINK_PROPOSED: "Koppeling voorgesteld",
  LINK_ACCEPTED: "Koppeling aanvaard",
  LINK_DECLINED: "Koppeling geweigerd",
  LINK_STARTED: "Koppeling gestart",
  LINK_ENDED: "Koppeling beëindigd",
  LINK_CONTACT: "Contact door vrijwilliger",
  LINK_CHECK_IN: "Opvolggesprek koppeling",
  LINK_NO_CONTACT_ALERT: "Geen contact gemeld sinds 14 dagen",
  REFERRED: "Doorverwezen",
  FOLLOW_UP_PLANNED: "Opvolging gepland",
  FOLLOW_UP_DONE: "Opvolging gedaan",
  CONCERN_RAISED: "Zorg gemeld",
  REFERRER_NOTIFIED: "Doorverwijzer verwittigd",
  SLA_WARNING: "Waarschuwing: bijna 24 uur",
  SLA_ESCALATED: "Termijn verstreken",
  CLOSED: "Afgesloten",
  WITHDRAWN: "Ingetrokken",
};
