// Demo help requests for the staff area: some thirty fictional requests over
// every channel, status and place on the 24-hour clock, so that a newcomer
// sees a living queue. Everyone here is made up; phone numbers are of the
// form 0470 00 xx xx and e-mail addresses end in .example. Times are hours
// relative to the moment the demo is loaded, so the clock states hold
// whenever it is loaded (with the default 24-hour deadline).
import type {
  AgeGroup,
  Channel,
  CloseOutcome,
  ContactTime,
  LinkContactKind,
  LinkKind,
  LonelinessType,
  Need,
  Urgency,
} from "../../../lib/generated/prisma/enums";
import type { LonelinessAnswer } from "../../../lib/help-requests/loneliness-scale";

/** The demo staff accounts (see prisma/seed/demo-staff.ts), by the start of their e-mail address. */
export type DemoStaffKey = "onthaal" | "vrijwilligers" | "admin";

export type DemoVolunteerKey = "hilde" | "koen" | "samira" | "dirk";

/** A step in a request's life; `at` is hours after the request was received. */
export type DemoStep = { at: number; by?: DemoStaffKey } & (
  | {
      kind: "attempt";
      result: "NO_ANSWER" | "VOICEMAIL" | "BUSY" | "CALL_BACK_LATER" | "MESSAGE_SENT";
      note?: string;
    }
  | { kind: "contact"; with?: "PERSON" | "REPORTER"; note?: string }
  | {
      kind: "assess";
      needs?: Need[];
      types: LonelinessType[];
      urgency: Urgency;
      ageGroup?: AgeGroup;
      answers?: LonelinessAnswer[];
      note?: string;
    }
  | { kind: "consent"; to: "ASKED" | "CONSENTED" | "DECLINED"; note?: string }
  | { kind: "assign"; to: DemoStaffKey }
  | { kind: "refer"; organisation: string; offer?: string; note?: string }
  | {
      kind: "link";
      volunteer: DemoVolunteerKey;
      activity: Need;
      plan: string;
      linkKind: LinkKind;
      schedule?: { timesPerWeek: number; durationWeeks: number };
    }
  | { kind: "link-contact"; contact: LinkContactKind; note?: string }
  | {
      kind: "follow-up";
      /** When it is due: hours from now (negative: overdue), or hours after received with `dueAt`. */
      dueFromNow?: number;
      dueAfterReceived?: number;
      assignee?: DemoStaffKey;
      note?: string;
      /** Done, `at` hours after received, optionally with the loneliness questions asked again. */
      done?: { at: number; note?: string; answers?: LonelinessAnswer[] };
    }
  | { kind: "note"; text: string }
  | { kind: "close"; outcome: CloseOutcome; note?: string }
  | { kind: "withdraw"; note?: string }
);

export interface DemoRequest {
  channel: Channel;
  requestFor: "SELF" | "SOMEONE_ELSE";
  subjectAwareness?: "YES" | "NO" | "NOT_SURE";
  receivedHoursAgo: number;
  person: { firstName: string; lastName?: string; phone?: string; email?: string };
  neighbourhood?: string;
  needs: Need[];
  message?: string;
  bestTimeToCall?: ContactTime;
  language?: string;
  ageGroup?: AgeGroup;
  reporter?: {
    firstName: string;
    lastName?: string;
    relation: string;
    phone?: string;
    email?: string;
    /** Slug of a seeded organisation: a partner's contact person. */
    organisation?: string;
  };
  assignee?: DemoStaffKey;
  steps: DemoStep[];
}

// De Jong Gierveld answers (items 1–3 emotional, 4–6 social).
const VERY_LONELY: LonelinessAnswer[] = ["YES", "YES", "MORE_OR_LESS", "NO", "NO", "MORE_OR_LESS"]; // 3 + 3
const LONELY: LonelinessAnswer[] = ["YES", "MORE_OR_LESS", "NO", "MORE_OR_LESS", "YES", "NO"]; // 2 + 2
const SOMEWHAT: LonelinessAnswer[] = ["NO", "MORE_OR_LESS", "NO", "YES", "YES", "MORE_OR_LESS"]; // 1 + 1
const BETTER: LonelinessAnswer[] = ["NO", "NO", "NO", "YES", "YES", "MORE_OR_LESS"]; // 0 + 1

const DAY = 24;

// Partners' contact persons who pass on more than one request.
const [WIJKAGENT_WIM, HUIS_AAN_HUIS, ZORGCOACH_TOM, ONTHAAL_DE_SCHIJF] = (
  [
    ["Wim", "wijkagent", "wijkagent.battel@politie.example", "politie-wijkagenten"],
    ["Sarah", "medewerker Huis-aan-Huis", "huisaanhuis@tezamen.example", "hulp-voor-je-buurt"],
    ["Tom", "zorgcoach", "zorgcoach.tom@sociaalhuis.example", "sociaal-huis"],
    ["An", "onthaalmedewerker", "an.onthaal@ldc-deschijf.example", "ldc-de-schijf"],
  ] as const
).map(([firstName, relation, email, organisation]) => ({ firstName, relation, email, organisation }));

type Step<K extends DemoStep["kind"]> = Extract<DemoStep, { kind: K }>;
type Optional<K extends DemoStep["kind"]> = Partial<Omit<Step<K>, "kind" | "at">>;

// Step builders: the steps as staff would log them, with what is usually so as the default.
const attempt = (at: number, result: Step<"attempt">["result"], note?: string): DemoStep => ({
  at,
  kind: "attempt",
  result,
  note,
});
const contact = (at: number, note?: string): DemoStep => ({ at, kind: "contact", note });
const consent = (at: number, to: Step<"consent">["to"], note?: string): DemoStep => ({
  at,
  kind: "consent",
  to,
  note,
});
/** Reached the person (at `at`), who was asked and agreed right after. */
const contactAndConsent = (at: number, note?: string): DemoStep[] => [
  contact(at),
  consent(at + 0.1, "ASKED"),
  consent(at + 0.2, "CONSENTED", note),
];
const assess = (
  at: number,
  types: LonelinessType[],
  urgency: Urgency,
  answers?: LonelinessAnswer[],
  more: Optional<"assess"> = {},
): DemoStep => ({ at, kind: "assess", types, urgency, answers, ...more });
const refer = (at: number, organisation: string, offer?: string, note?: string): DemoStep => ({
  at,
  kind: "refer",
  organisation,
  offer,
  note,
});
/** A recurring link, proposed by the volunteer coordinator. */
const link = (
  at: number,
  volunteer: DemoVolunteerKey,
  activity: Need,
  plan: string,
  schedule?: { timesPerWeek: number; durationWeeks: number },
): DemoStep => ({
  at,
  by: "vrijwilligers",
  kind: "link",
  volunteer,
  activity,
  plan,
  linkKind: "RECURRING",
  schedule,
});
const followUp = (at: number, more: Optional<"follow-up">): DemoStep => ({ at, kind: "follow-up", ...more });
const close = (at: number, outcome: CloseOutcome, note?: string): DemoStep => ({
  at,
  kind: "close",
  outcome,
  note,
});
const withdraw = (at: number, note: string): DemoStep => ({ at, kind: "withdraw", note });

/**
 * A request with the usual defaults: no steps yet, and for the person
 * themselves unless `subjectAwareness` says whether the person knows someone
 * else asked.
 */
function request(
  channel: Channel,
  receivedHoursAgo: number,
  neighbourhood: string,
  needs: Need[],
  more: Pick<DemoRequest, "person"> &
    Partial<Omit<DemoRequest, "channel" | "requestFor" | "receivedHoursAgo">>,
): DemoRequest {
  return {
    channel,
    requestFor: more.subjectAwareness ? "SOMEONE_ELSE" : "SELF",
    receivedHoursAgo,
    neighbourhood,
    needs,
    steps: [],
    ...more,
  };
}

export const DEMO_REQUESTS: DemoRequest[] = [
  // ── New, nobody reached yet: fresh, on time, due soon, overdue ──
  request("WEBSITE", 0.3, "nekkerspoel", ["CHAT_OR_CALL", "MEETING_PEOPLE"], {
    person: { firstName: "Maria", phone: "0470 00 10 01" },
    message: "Sinds mijn man gestorven is, zie ik bijna niemand. Een babbeltje zou deugd doen.",
    bestTimeToCall: "MORNING",
    ageGroup: "AGE_75_PLUS",
  }),
  request("PHONE_LINE", 0.75, "walem", ["GROCERIES_OR_ERRANDS"], {
    person: { firstName: "Jozef", lastName: "Maes", phone: "0470 00 10 02" },
    message: "Belde zelf naar het gratis nummer. Kan sinds zijn heupoperatie niet meer naar de winkel.",
    bestTimeToCall: "AFTERNOON",
    ageGroup: "AGE_75_PLUS",
  }),
  request("WEBSITE", 3, "mechelen-zuid", ["VISIT_OR_WALK"], {
    person: { firstName: "Georges" },
    subjectAwareness: "NOT_SURE",
    reporter: { firstName: "Lies", relation: "buurvrouw", phone: "0470 00 20 03" },
    message: "Mijn buurman komt bijna nooit meer buiten. Hij spreekt vooral Frans.",
    language: "fr",
  }),
  request("WEBSITE", 5, "nekkerspoel", ["CHAT_OR_CALL"], {
    person: { firstName: "Maria", phone: "0470 00 10 01" },
    subjectAwareness: "YES",
    reporter: { firstName: "Rita", relation: "buurvrouw", email: "rita.buurvrouw@voorbeeld.example" },
    message: "Maria van hiernaast is sinds de begrafenis erg stil. Ze weet dat ik dit invul.",
  }),
  request("LOCAL_SERVICE_CENTRE", 8, "tervuursesteenweg", ["MEETING_PEOPLE"], {
    person: { firstName: "Simonne", lastName: "Claes", phone: "0470 00 10 05" },
    subjectAwareness: "YES",
    reporter: {
      firstName: "Els",
      relation: "maatschappelijk werker",
      email: "els.onthaal@ldc-denabeel.example",
      organisation: "ldc-den-abeel",
    },
    message:
      "Komt elke dinsdag eten in het dienstencentrum, maar zit altijd alleen. Wil graag meer mensen leren kennen.",
    ageGroup: "AGE_65_74",
    assignee: "onthaal",
    steps: [attempt(2, "NO_ANSWER")],
  }),
  request("WEBSITE", 15, "binnenstad", ["MEETING_PEOPLE", "PROFESSIONAL_TALK"], {
    person: { firstName: "Noor", email: "noor.student@voorbeeld.example" },
    message: "Ik ben net verhuisd voor mijn studies en ken hier niemand. Soms voel ik me echt alleen.",
    ageGroup: "AGE_15_24",
    steps: [attempt(3, "MESSAGE_SENT", "E-mail gestuurd met de vraag wanneer we mogen bellen.")],
  }),
  request("WEBSITE", 20.5, "hombeek", ["CHAT_OR_CALL"], {
    person: { firstName: "Albert", phone: "0470 00 10 07" },
    ageGroup: "AGE_75_PLUS",
    steps: [attempt(4, "VOICEMAIL"), attempt(18, "NO_ANSWER")],
  }),
  request("NEIGHBOURHOOD_POLICE", 22, "battel", ["VISIT_OR_WALK", "NOT_SURE"], {
    person: { firstName: "Godelieve", phone: "0470 00 10 08" },
    subjectAwareness: "YES",
    reporter: WIJKAGENT_WIM,
    message:
      "De wijkagent merkte dat mevrouw haar rolluiken dagenlang niet opende. Ze vindt een telefoontje goed.",
    assignee: "onthaal",
  }),
  request("OUTREACH", 23.5, "mechelen-noord", ["DIGITAL_HELP", "MEETING_PEOPLE"], {
    person: { firstName: "Mehmet", phone: "0470 00 10 09" },
    reporter: HUIS_AAN_HUIS,
    message: "Ontmoet bij een huisbezoek. Wil graag leren videobellen met zijn kleinkinderen in Turkije.",
    language: "tr",
    ageGroup: "AGE_65_74",
    steps: [attempt(5, "BUSY")],
  }),
  request("PHONE_LINE", 26, "heffen", ["CHAT_OR_CALL"], {
    person: { firstName: "Marcel", phone: "0470 00 10 10" },
    subjectAwareness: "NO",
    reporter: { firstName: "Katrien", relation: "dochter", phone: "0470 00 20 10" },
    message: "Dochter woont in Gent en maakt zich zorgen: vader belt haar niet meer terug.",
    assignee: "onthaal",
    steps: [
      attempt(6, "NO_ANSWER"),
      attempt(21, "VOICEMAIL", "Naar de dochter gebeld: zij probeert vader vanavond te bereiken."),
    ],
  }),
  request("CARE_COACH", 31, "geerdegem", ["VISIT_OR_WALK", "GROCERIES_OR_ERRANDS"], {
    person: { firstName: "Agnes", phone: "0470 00 10 11" },
    subjectAwareness: "YES",
    reporter: ZORGCOACH_TOM,
    message: "Na een val minder mobiel. Heeft geen familie in de buurt.",
    ageGroup: "AGE_75_PLUS",
  }),

  // ── Contacted: the clock stopped ──
  request("WEBSITE", 30, "hanswijk", ["VISIT_OR_WALK"], {
    person: { firstName: "Rosa", phone: "0470 00 10 12" },
    ageGroup: "AGE_75_PLUS",
    assignee: "onthaal",
    steps: [contact(3, "Lang gesprek. Wil graag iemand die af en toe eens langskomt.")],
  }),
  request("PARTNER", 40, "muizen", ["MEETING_PEOPLE"], {
    person: { firstName: "Frans", phone: "0470 00 10 13" },
    subjectAwareness: "YES",
    reporter: { firstName: "Ludo", relation: "team Vereenzaming", organisation: "ouderenraad" },
    message: "Doorgegeven door de Ouderenraad na de koffiebabbel: meneer durft niet alleen te gaan.",
    steps: contactAndConsent(20, "Vindt het goed dat we samen iets zoeken."),
  }),
  request("OTHER", 50, "leest", ["NOT_SURE"], {
    person: { firstName: "Yvonne", phone: "0470 00 10 14" },
    message: "Brief binnengebracht aan het loket van het stadhuis.",
    steps: [
      attempt(10, "NO_ANSWER"),
      attempt(20, "NO_ANSWER"),
      contact(27, "Eindelijk bereikt: de telefoon stond stil."),
    ],
  }),

  // ── Assessed ──
  request("PHONE_LINE", 72, "nekkerspoel", ["CHAT_OR_CALL", "VISIT_OR_WALK"], {
    person: { firstName: "Willy", lastName: "Janssens", phone: "0470 00 10 15" },
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      contact(0.1, "Belde zelf; meteen gesprek."),
      assess(0.4, ["EMOTIONAL_LONELINESS"], "NORMAL", VERY_LONELY, {
        note: "Mist zijn vrouw. Zoekt een vaste babbel.",
      }),
    ],
  }),
  request("LOCAL_SERVICE_CENTRE", 60, "mechelen-noord", ["MEETING_PEOPLE"], {
    person: { firstName: "Fatima", phone: "0470 00 10 16" },
    subjectAwareness: "YES",
    reporter: ONTHAAL_DE_SCHIJF,
    language: "ar",
    ageGroup: "AGE_45_64",
    steps: [
      contact(5),
      consent(5.2, "ASKED", "Wil er met haar zoon over praten."),
      assess(6, ["SOCIAL_LONELINESS"], "NORMAL", LONELY),
    ],
  }),
  request("WEBSITE", 48, "ragheno", ["PROFESSIONAL_TALK", "MEETING_PEOPLE"], {
    person: { firstName: "Arne", email: "arne.vraagt@voorbeeld.example" },
    message: "Sinds mijn vrienden naar een andere school zijn, zit ik vooral op mijn kamer.",
    ageGroup: "AGE_15_24",
    steps: [
      contact(2),
      assess(3, ["EMOTIONAL_LONELINESS", "SOCIAL_LONELINESS"], "HIGH", VERY_LONELY, {
        note: "Info gegeven over OverKop en JAC. Voelt zich erg somber: vandaag nog opvolgen.",
      }),
    ],
  }),

  // ── Linked to a caring neighbour ──
  request("WEBSITE", 9 * DAY, "nekkerspoel", ["VISIT_OR_WALK"], {
    person: { firstName: "Paula", phone: "0470 00 10 18" },
    subjectAwareness: "YES",
    reporter: { firstName: "Bart", relation: "zoon", email: "bart.zoon@voorbeeld.example" },
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      ...contactAndConsent(4),
      assess(5, ["EMOTIONAL_LONELINESS"], "NORMAL", LONELY),
      link(3 * DAY, "hilde", "VISIT_OR_WALK", "Elke donderdagnamiddag samen wandelen in het park.", {
        timesPerWeek: 1,
        durationWeeks: 12,
      }),
      { at: 6 * DAY, kind: "link-contact", contact: "VISITED", note: "Eerste wandeling, ging goed." },
    ],
  }),
  request("PHONE_LINE", 6 * DAY, "arsenaal", ["CHAT_OR_CALL"], {
    person: { firstName: "Denise", phone: "0470 00 10 19" },
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      contact(0.1),
      assess(0.3, ["SOCIAL_ISOLATION", "EMOTIONAL_LONELINESS"], "LOW", LONELY),
      link(2 * DAY, "koen", "CHAT_OR_CALL", "Twee keer per week bellen, op maandag en donderdag.", {
        timesPerWeek: 2,
        durationWeeks: 6,
      }),
    ],
  }),

  // ── Referred ──
  request("WEBSITE", 5 * DAY, "binnenstad", ["DIGITAL_HELP"], {
    person: { firstName: "Lotte", email: "lotte.thuis@voorbeeld.example" },
    ageGroup: "AGE_25_44",
    assignee: "onthaal",
    steps: [
      contact(5),
      assess(6, ["SOCIAL_ISOLATION"], "LOW", undefined, { needs: ["DIGITAL_HELP", "MEETING_PEOPLE"] }),
      refer(24, "bibliotheek", "digitale-hulp-bib"),
    ],
  }),
  request("OUTREACH", 4 * DAY, "mechelen-zuid", ["MEETING_PEOPLE"], {
    person: { firstName: "Gaston", phone: "0470 00 10 21" },
    reporter: HUIS_AAN_HUIS,
    ageGroup: "AGE_65_74",
    steps: [
      contact(2),
      assess(3, ["SOCIAL_LONELINESS"], "NORMAL", LONELY),
      refer(4, "de-keeting", "de-keeting", "Woensdag samen eens gaan kijken."),
    ],
  }),

  // ── In follow-up ──
  request("PHONE_LINE", 21 * DAY, "nekkerspoel", ["VISIT_OR_WALK", "CHAT_OR_CALL"], {
    person: { firstName: "Mariette", phone: "0470 00 10 22" },
    ageGroup: "AGE_75_PLUS",
    assignee: "onthaal",
    steps: [
      contact(0.1),
      assess(0.5, ["EMOTIONAL_LONELINESS"], "NORMAL", VERY_LONELY),
      link(2 * DAY, "hilde", "VISIT_OR_WALK", "Om de twee weken op bezoek, met koffie."),
      followUp(9 * DAY, { dueFromNow: 2, assignee: "onthaal", note: "Vragen hoe de bezoeken lopen." }),
    ],
  }),
  request("LOCAL_SERVICE_CENTRE", 30 * DAY, "mechelen-noord", ["MEETING_PEOPLE"], {
    person: { firstName: "Achiel", phone: "0470 00 10 23" },
    reporter: ONTHAAL_DE_SCHIJF,
    ageGroup: "AGE_75_PLUS",
    assignee: "onthaal",
    steps: [
      contact(3),
      assess(4, ["SOCIAL_LONELINESS"], "NORMAL", LONELY),
      refer(24, "ldc-de-schijf", "de-draaischijf"),
      followUp(25, {
        dueAfterReceived: 15 * DAY,
        assignee: "onthaal",
        done: { at: 15 * DAY, note: "Gaat elke week naar De Draaischijf.", answers: SOMEWHAT },
      }),
      followUp(15 * DAY, { dueFromNow: -20, assignee: "onthaal", note: "Nog eens bellen na een maand." }),
    ],
  }),
  request("CARE_COACH", 14 * DAY, "hanswijk", ["VISIT_OR_WALK"], {
    person: { firstName: "Jeanne", phone: "0470 00 10 24" },
    subjectAwareness: "YES",
    reporter: ZORGCOACH_TOM,
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      ...contactAndConsent(6),
      assess(7, ["EMOTIONAL_LONELINESS"], "HIGH", VERY_LONELY),
      refer(24, "samana", "samana-bezoek-aan-huis"),
      followUp(48, { dueFromNow: 5 * DAY, assignee: "vrijwilligers" }),
    ],
  }),

  // ── Closed ──
  request("PHONE_LINE", 10 * DAY, "muizen", ["NOT_SURE"], {
    person: { firstName: "Roger", phone: "0470 00 10 25" },
    ageGroup: "AGE_65_74",
    steps: [
      contact(0.1),
      assess(0.3, ["UNCLEAR"], "LOW", undefined, { needs: ["MEETING_PEOPLE"] }),
      close(0.5, "ADVICE_GIVEN", "Info gegeven over de koffiebabbel van de Ouderenraad in Muizen."),
    ],
  }),
  request("WEBSITE", 90 * DAY, "battel", ["CHAT_OR_CALL"], {
    person: { firstName: "Lieve", phone: "0470 00 10 26" },
    ageGroup: "AGE_75_PLUS",
    steps: [
      contact(3),
      assess(4, ["EMOTIONAL_LONELINESS"], "NORMAL", VERY_LONELY),
      link(5 * DAY, "koen", "CHAT_OR_CALL", "Elke woensdagavond een telefoontje.", {
        timesPerWeek: 1,
        durationWeeks: 8,
      }),
      followUp(6 * DAY, {
        dueAfterReceived: 35 * DAY,
        done: { at: 35 * DAY, note: "Kijkt uit naar de telefoontjes.", answers: BETTER },
      }),
      close(36 * DAY, "LINKED_TO_VOLUNTEER"),
    ],
  }),
  request("NEIGHBOURHOOD_POLICE", 8 * DAY, "battel", ["NOT_SURE"], {
    person: { firstName: "Leon", phone: "0470 00 10 27" },
    subjectAwareness: "NO",
    reporter: WIJKAGENT_WIM,
    steps: [
      contact(10),
      consent(10.1, "ASKED"),
      consent(10.2, "DECLINED", "Wil geen hulp; weet waar hij terechtkan."),
    ],
  }),
  request("OTHER", 12 * DAY, "walem", ["CHAT_OR_CALL"], {
    person: { firstName: "Jean", phone: "0470 00 10 28" },
    steps: [
      attempt(2, "NO_ANSWER"),
      attempt(20, "VOICEMAIL"),
      attempt(46, "NO_ANSWER"),
      close(5 * DAY, "UNREACHABLE", "Drie keer gebeld, twee berichten ingesproken."),
    ],
  }),

  // ── Withdrawn ──
  request("WEBSITE", 3 * DAY, "geerdegem", ["MEETING_PEOPLE"], {
    person: { firstName: "Emma", email: "emma.intussen@voorbeeld.example" },
    ageGroup: "AGE_25_44",
    steps: [withdraw(5, "Mailde terug: heeft intussen zelf een oplossing gevonden.")],
  }),
  request("PHONE_LINE", 7 * DAY, "hombeek", ["VISIT_OR_WALK"], {
    person: { firstName: "Julia", phone: "0470 00 10 30" },
    subjectAwareness: "YES",
    reporter: { firstName: "Hanne", relation: "kleindochter", phone: "0470 00 20 30" },
    ageGroup: "AGE_75_PLUS",
    steps: [contact(2), withdraw(30, "Verhuist naar een woonzorgcentrum bij haar dochter.")],
  }),
];

export interface DemoVolunteer {
  key?: DemoVolunteerKey;
  status: "APPLIED" | "ACTIVE";
  firstName: string;
  lastName: string;
  phone: string;
  email?: string;
  neighbourhood: string;
  activities: Need[];
  languages: string[];
  maxActiveLinks: number;
  motivation?: string;
  /** Days before the demo was loaded. */
  appliedDaysAgo: number;
}

export const DEMO_VOLUNTEERS: DemoVolunteer[] = [
  {
    key: "hilde",
    status: "ACTIVE",
    firstName: "Hilde",
    lastName: "Wouters",
    phone: "0470 00 50 01",
    neighbourhood: "nekkerspoel",
    activities: ["VISIT_OR_WALK", "CHAT_OR_CALL"],
    languages: ["nl", "fr"],
    maxActiveLinks: 2,
    appliedDaysAgo: 200,
  },
  {
    key: "koen",
    status: "ACTIVE",
    firstName: "Koen",
    lastName: "Verbist",
    phone: "0470 00 50 02",
    email: "koen.verbist@voorbeeld.example",
    neighbourhood: "arsenaal",
    activities: ["CHAT_OR_CALL", "DIGITAL_HELP"],
    languages: ["nl", "en"],
    maxActiveLinks: 3,
    appliedDaysAgo: 150,
  },
  {
    key: "samira",
    status: "ACTIVE",
    firstName: "Samira",
    lastName: "El Idrissi",
    phone: "0470 00 50 03",
    neighbourhood: "mechelen-noord",
    activities: ["MEETING_PEOPLE", "VISIT_OR_WALK"],
    languages: ["nl", "ar", "fr"],
    maxActiveLinks: 2,
    appliedDaysAgo: 90,
  },
  {
    key: "dirk",
    status: "ACTIVE",
    firstName: "Dirk",
    lastName: "Goossens",
    phone: "0470 00 50 04",
    neighbourhood: "walem",
    activities: ["GROCERIES_OR_ERRANDS"],
    languages: ["nl"],
    maxActiveLinks: 1,
    appliedDaysAgo: 60,
  },
  {
    status: "APPLIED",
    firstName: "Ines",
    lastName: "Verhoeven",
    phone: "0470 00 50 11",
    email: "ines.helpt@voorbeeld.example",
    neighbourhood: "hanswijk",
    activities: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
    languages: ["nl"],
    maxActiveLinks: 1,
    motivation:
      "Mijn oma was de laatste jaren heel eenzaam. Ik wil graag iets doen voor iemand in mijn buurt.",
    appliedDaysAgo: 6,
  },
  {
    status: "APPLIED",
    firstName: "Youssef",
    lastName: "Amrani",
    phone: "0470 00 50 12",
    neighbourhood: "mechelen-noord",
    activities: ["DIGITAL_HELP", "MEETING_PEOPLE"],
    languages: ["nl", "ar", "fr"],
    maxActiveLinks: 2,
    motivation: "Ik werk met computers en help graag mensen op weg met hun gsm.",
    appliedDaysAgo: 4,
  },
  {
    status: "APPLIED",
    firstName: "Marleen",
    lastName: "Jacobs",
    phone: "0470 00 50 13",
    email: "marleen.jacobs@voorbeeld.example",
    neighbourhood: "leest",
    activities: ["GROCERIES_OR_ERRANDS", "VISIT_OR_WALK"],
    languages: ["nl"],
    maxActiveLinks: 2,
    motivation: "Net met pensioen en ik heb tijd.",
    appliedDaysAgo: 2,
  },
  {
    status: "APPLIED",
    firstName: "Chloé",
    lastName: "Dubois",
    phone: "0470 00 50 14",
    neighbourhood: "binnenstad",
    activities: ["CHAT_OR_CALL"],
    languages: ["nl", "fr"],
    maxActiveLinks: 1,
    appliedDaysAgo: 1,
  },
  {
    status: "APPLIED",
    firstName: "Stijn",
    lastName: "Peeters",
    phone: "0470 00 50 15",
    email: "stijn.p@voorbeeld.example",
    neighbourhood: "ragheno",
    activities: ["MEETING_PEOPLE"],
    languages: ["nl", "en"],
    maxActiveLinks: 1,
    motivation: "Ik organiseer al een wandelclub en wil die openstellen voor wie alleen is.",
    appliedDaysAgo: 0.5,
  },
];
