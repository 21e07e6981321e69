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
  | { kind: "link"; volunteer: DemoVolunteerKey; activity: Need; plan: string; linkKind: LinkKind }
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

export const DEMO_REQUESTS: DemoRequest[] = [
  // ── New, nobody reached yet: fresh, on time, due soon, overdue ──
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 0.3,
    person: { firstName: "Maria", phone: "0470 00 10 01" },
    neighbourhood: "nekkerspoel",
    needs: ["CHAT_OR_CALL", "MEETING_PEOPLE"],
    message: "Sinds mijn man gestorven is, zie ik bijna niemand. Een babbeltje zou deugd doen.",
    bestTimeToCall: "MORNING",
    ageGroup: "AGE_75_PLUS",
    steps: [],
  },
  {
    channel: "PHONE_LINE",
    requestFor: "SELF",
    receivedHoursAgo: 0.75,
    person: { firstName: "Jozef", lastName: "Maes", phone: "0470 00 10 02" },
    neighbourhood: "walem",
    needs: ["GROCERIES_OR_ERRANDS"],
    message: "Belde zelf naar het gratis nummer. Kan sinds zijn heupoperatie niet meer naar de winkel.",
    bestTimeToCall: "AFTERNOON",
    ageGroup: "AGE_75_PLUS",
    steps: [],
  },
  {
    channel: "WEBSITE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "NOT_SURE",
    receivedHoursAgo: 3,
    person: { firstName: "Georges" },
    reporter: { firstName: "Lies", relation: "buurvrouw", phone: "0470 00 20 03" },
    neighbourhood: "mechelen-zuid",
    needs: ["VISIT_OR_WALK"],
    message: "Mijn buurman komt bijna nooit meer buiten. Hij spreekt vooral Frans.",
    language: "fr",
    steps: [],
  },
  {
    channel: "WEBSITE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 5,
    person: { firstName: "Maria", phone: "0470 00 10 01" },
    reporter: { firstName: "Rita", relation: "buurvrouw", email: "rita.buurvrouw@voorbeeld.example" },
    neighbourhood: "nekkerspoel",
    needs: ["CHAT_OR_CALL"],
    message: "Maria van hiernaast is sinds de begrafenis erg stil. Ze weet dat ik dit invul.",
    steps: [],
  },
  {
    channel: "LOCAL_SERVICE_CENTRE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 8,
    person: { firstName: "Simonne", lastName: "Claes", phone: "0470 00 10 05" },
    reporter: {
      firstName: "Els",
      relation: "maatschappelijk werker",
      email: "els.onthaal@ldc-denabeel.example",
      organisation: "ldc-den-abeel",
    },
    neighbourhood: "tervuursesteenweg",
    needs: ["MEETING_PEOPLE"],
    message:
      "Komt elke dinsdag eten in het dienstencentrum, maar zit altijd alleen. Wil graag meer mensen leren kennen.",
    ageGroup: "AGE_65_74",
    assignee: "onthaal",
    steps: [{ at: 2, kind: "attempt", result: "NO_ANSWER" }],
  },
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 15,
    person: { firstName: "Noor", email: "noor.student@voorbeeld.example" },
    neighbourhood: "binnenstad",
    needs: ["MEETING_PEOPLE", "PROFESSIONAL_TALK"],
    message: "Ik ben net verhuisd voor mijn studies en ken hier niemand. Soms voel ik me echt alleen.",
    ageGroup: "AGE_15_24",
    steps: [
      {
        at: 3,
        kind: "attempt",
        result: "MESSAGE_SENT",
        note: "E-mail gestuurd met de vraag wanneer we mogen bellen.",
      },
    ],
  },
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 20.5,
    person: { firstName: "Albert", phone: "0470 00 10 07" },
    neighbourhood: "hombeek",
    needs: ["CHAT_OR_CALL"],
    ageGroup: "AGE_75_PLUS",
    steps: [
      { at: 4, kind: "attempt", result: "VOICEMAIL" },
      { at: 18, kind: "attempt", result: "NO_ANSWER" },
    ],
  },
  {
    channel: "NEIGHBOURHOOD_POLICE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 22,
    person: { firstName: "Godelieve", phone: "0470 00 10 08" },
    reporter: {
      firstName: "Wim",
      relation: "wijkagent",
      email: "wijkagent.battel@politie.example",
      organisation: "politie-wijkagenten",
    },
    neighbourhood: "battel",
    needs: ["VISIT_OR_WALK", "NOT_SURE"],
    message:
      "De wijkagent merkte dat mevrouw haar rolluiken dagenlang niet opende. Ze vindt een telefoontje goed.",
    assignee: "onthaal",
    steps: [],
  },
  {
    channel: "OUTREACH",
    requestFor: "SELF",
    receivedHoursAgo: 23.5,
    person: { firstName: "Mehmet", phone: "0470 00 10 09" },
    reporter: {
      firstName: "Sarah",
      relation: "medewerker Huis-aan-Huis",
      email: "huisaanhuis@tezamen.example",
      organisation: "hulp-voor-je-buurt",
    },
    neighbourhood: "mechelen-noord",
    needs: ["DIGITAL_HELP", "MEETING_PEOPLE"],
    message: "Ontmoet bij een huisbezoek. Wil graag leren videobellen met zijn kleinkinderen in Turkije.",
    language: "tr",
    ageGroup: "AGE_65_74",
    steps: [{ at: 5, kind: "attempt", result: "BUSY" }],
  },
  {
    channel: "PHONE_LINE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "NO",
    receivedHoursAgo: 26,
    person: { firstName: "Marcel", phone: "0470 00 10 10" },
    reporter: { firstName: "Katrien", relation: "dochter", phone: "0470 00 20 10" },
    neighbourhood: "heffen",
    needs: ["CHAT_OR_CALL"],
    message: "Dochter woont in Gent en maakt zich zorgen: vader belt haar niet meer terug.",
    assignee: "onthaal",
    steps: [
      { at: 6, kind: "attempt", result: "NO_ANSWER" },
      {
        at: 21,
        kind: "attempt",
        result: "VOICEMAIL",
        note: "Naar de dochter gebeld: zij probeert vader vanavond te bereiken.",
      },
    ],
  },
  {
    channel: "CARE_COACH",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 31,
    person: { firstName: "Agnes", phone: "0470 00 10 11" },
    reporter: {
      firstName: "Tom",
      relation: "zorgcoach",
      email: "zorgcoach.tom@sociaalhuis.example",
      organisation: "sociaal-huis",
    },
    neighbourhood: "geerdegem",
    needs: ["VISIT_OR_WALK", "GROCERIES_OR_ERRANDS"],
    message: "Na een val minder mobiel. Heeft geen familie in de buurt.",
    ageGroup: "AGE_75_PLUS",
    steps: [],
  },

  // ── Contacted: the clock stopped ──
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 30,
    person: { firstName: "Rosa", phone: "0470 00 10 12" },
    neighbourhood: "hanswijk",
    needs: ["VISIT_OR_WALK"],
    ageGroup: "AGE_75_PLUS",
    assignee: "onthaal",
    steps: [{ at: 3, kind: "contact", note: "Lang gesprek. Wil graag iemand die af en toe eens langskomt." }],
  },
  {
    channel: "PARTNER",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 40,
    person: { firstName: "Frans", phone: "0470 00 10 13" },
    reporter: { firstName: "Ludo", relation: "team Vereenzaming", organisation: "ouderenraad" },
    neighbourhood: "muizen",
    needs: ["MEETING_PEOPLE"],
    message: "Doorgegeven door de Ouderenraad na de koffiebabbel: meneer durft niet alleen te gaan.",
    steps: [
      { at: 20, kind: "contact" },
      { at: 20.1, kind: "consent", to: "ASKED" },
      { at: 20.2, kind: "consent", to: "CONSENTED", note: "Vindt het goed dat we samen iets zoeken." },
    ],
  },
  {
    channel: "OTHER",
    requestFor: "SELF",
    receivedHoursAgo: 50,
    person: { firstName: "Yvonne", phone: "0470 00 10 14" },
    neighbourhood: "leest",
    needs: ["NOT_SURE"],
    message: "Brief binnengebracht aan het loket van het stadhuis.",
    steps: [
      { at: 10, kind: "attempt", result: "NO_ANSWER" },
      { at: 20, kind: "attempt", result: "NO_ANSWER" },
      { at: 27, kind: "contact", note: "Eindelijk bereikt: de telefoon stond stil." },
    ],
  },

  // ── Assessed ──
  {
    channel: "PHONE_LINE",
    requestFor: "SELF",
    receivedHoursAgo: 72,
    person: { firstName: "Willy", lastName: "Janssens", phone: "0470 00 10 15" },
    neighbourhood: "nekkerspoel",
    needs: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      { at: 0.1, kind: "contact", note: "Belde zelf; meteen gesprek." },
      {
        at: 0.4,
        kind: "assess",
        types: ["EMOTIONAL_LONELINESS"],
        urgency: "NORMAL",
        answers: VERY_LONELY,
        note: "Mist zijn vrouw. Zoekt een vaste babbel.",
      },
    ],
  },
  {
    channel: "LOCAL_SERVICE_CENTRE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 60,
    person: { firstName: "Fatima", phone: "0470 00 10 16" },
    reporter: {
      firstName: "An",
      relation: "onthaalmedewerker",
      email: "an.onthaal@ldc-deschijf.example",
      organisation: "ldc-de-schijf",
    },
    neighbourhood: "mechelen-noord",
    needs: ["MEETING_PEOPLE"],
    language: "ar",
    ageGroup: "AGE_45_64",
    steps: [
      { at: 5, kind: "contact" },
      { at: 5.2, kind: "consent", to: "ASKED", note: "Wil er met haar zoon over praten." },
      { at: 6, kind: "assess", types: ["SOCIAL_LONELINESS"], urgency: "NORMAL", answers: LONELY },
    ],
  },
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 48,
    person: { firstName: "Arne", email: "arne.vraagt@voorbeeld.example" },
    neighbourhood: "ragheno",
    needs: ["PROFESSIONAL_TALK", "MEETING_PEOPLE"],
    message: "Sinds mijn vrienden naar een andere school zijn, zit ik vooral op mijn kamer.",
    ageGroup: "AGE_15_24",
    steps: [
      { at: 2, kind: "contact" },
      {
        at: 3,
        kind: "assess",
        types: ["EMOTIONAL_LONELINESS", "SOCIAL_LONELINESS"],
        urgency: "HIGH",
        answers: VERY_LONELY,
        note: "Info gegeven over OverKop en JAC. Voelt zich erg somber: vandaag nog opvolgen.",
      },
    ],
  },

  // ── Linked to a caring neighbour ──
  {
    channel: "WEBSITE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 9 * DAY,
    person: { firstName: "Paula", phone: "0470 00 10 18" },
    reporter: { firstName: "Bart", relation: "zoon", email: "bart.zoon@voorbeeld.example" },
    neighbourhood: "nekkerspoel",
    needs: ["VISIT_OR_WALK"],
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      { at: 4, kind: "contact" },
      { at: 4.1, kind: "consent", to: "ASKED" },
      { at: 4.2, kind: "consent", to: "CONSENTED" },
      { at: 5, kind: "assess", types: ["EMOTIONAL_LONELINESS"], urgency: "NORMAL", answers: LONELY },
      {
        at: 3 * DAY,
        by: "vrijwilligers",
        kind: "link",
        volunteer: "hilde",
        activity: "VISIT_OR_WALK",
        plan: "Elke donderdagnamiddag samen wandelen in het park.",
        linkKind: "RECURRING",
      },
      { at: 6 * DAY, kind: "link-contact", contact: "VISITED", note: "Eerste wandeling, ging goed." },
    ],
  },
  {
    channel: "PHONE_LINE",
    requestFor: "SELF",
    receivedHoursAgo: 6 * DAY,
    person: { firstName: "Denise", phone: "0470 00 10 19" },
    neighbourhood: "arsenaal",
    needs: ["CHAT_OR_CALL"],
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      { at: 0.1, kind: "contact" },
      {
        at: 0.3,
        kind: "assess",
        types: ["SOCIAL_ISOLATION", "EMOTIONAL_LONELINESS"],
        urgency: "LOW",
        answers: LONELY,
      },
      {
        at: 2 * DAY,
        by: "vrijwilligers",
        kind: "link",
        volunteer: "koen",
        activity: "CHAT_OR_CALL",
        plan: "Twee keer per week bellen, op maandag en donderdag.",
        linkKind: "RECURRING",
      },
    ],
  },

  // ── Referred ──
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 5 * DAY,
    person: { firstName: "Lotte", email: "lotte.thuis@voorbeeld.example" },
    neighbourhood: "binnenstad",
    needs: ["DIGITAL_HELP"],
    ageGroup: "AGE_25_44",
    assignee: "onthaal",
    steps: [
      { at: 5, kind: "contact" },
      {
        at: 6,
        kind: "assess",
        needs: ["DIGITAL_HELP", "MEETING_PEOPLE"],
        types: ["SOCIAL_ISOLATION"],
        urgency: "LOW",
      },
      { at: 24, kind: "refer", organisation: "bibliotheek", offer: "digitale-hulp-bib" },
    ],
  },
  {
    channel: "OUTREACH",
    requestFor: "SELF",
    receivedHoursAgo: 4 * DAY,
    person: { firstName: "Gaston", phone: "0470 00 10 21" },
    reporter: {
      firstName: "Sarah",
      relation: "medewerker Huis-aan-Huis",
      email: "huisaanhuis@tezamen.example",
      organisation: "hulp-voor-je-buurt",
    },
    neighbourhood: "mechelen-zuid",
    needs: ["MEETING_PEOPLE"],
    ageGroup: "AGE_65_74",
    steps: [
      { at: 2, kind: "contact" },
      { at: 3, kind: "assess", types: ["SOCIAL_LONELINESS"], urgency: "NORMAL", answers: LONELY },
      {
        at: 4,
        kind: "refer",
        organisation: "de-keeting",
        offer: "de-keeting",
        note: "Woensdag samen eens gaan kijken.",
      },
    ],
  },

  // ── In follow-up ──
  {
    channel: "PHONE_LINE",
    requestFor: "SELF",
    receivedHoursAgo: 21 * DAY,
    person: { firstName: "Mariette", phone: "0470 00 10 22" },
    neighbourhood: "nekkerspoel",
    needs: ["VISIT_OR_WALK", "CHAT_OR_CALL"],
    ageGroup: "AGE_75_PLUS",
    assignee: "onthaal",
    steps: [
      { at: 0.1, kind: "contact" },
      { at: 0.5, kind: "assess", types: ["EMOTIONAL_LONELINESS"], urgency: "NORMAL", answers: VERY_LONELY },
      {
        at: 2 * DAY,
        by: "vrijwilligers",
        kind: "link",
        volunteer: "hilde",
        activity: "VISIT_OR_WALK",
        plan: "Om de twee weken op bezoek, met koffie.",
        linkKind: "RECURRING",
      },
      {
        at: 9 * DAY,
        kind: "follow-up",
        dueFromNow: 2,
        assignee: "onthaal",
        note: "Vragen hoe de bezoeken lopen.",
      },
    ],
  },
  {
    channel: "LOCAL_SERVICE_CENTRE",
    requestFor: "SELF",
    receivedHoursAgo: 30 * DAY,
    person: { firstName: "Achiel", phone: "0470 00 10 23" },
    reporter: {
      firstName: "An",
      relation: "onthaalmedewerker",
      email: "an.onthaal@ldc-deschijf.example",
      organisation: "ldc-de-schijf",
    },
    neighbourhood: "mechelen-noord",
    needs: ["MEETING_PEOPLE"],
    ageGroup: "AGE_75_PLUS",
    assignee: "onthaal",
    steps: [
      { at: 3, kind: "contact" },
      { at: 4, kind: "assess", types: ["SOCIAL_LONELINESS"], urgency: "NORMAL", answers: LONELY },
      { at: 24, kind: "refer", organisation: "ldc-de-schijf", offer: "de-draaischijf" },
      {
        at: 25,
        kind: "follow-up",
        dueAfterReceived: 15 * DAY,
        assignee: "onthaal",
        done: { at: 15 * DAY, note: "Gaat elke week naar De Draaischijf.", answers: SOMEWHAT },
      },
      {
        at: 15 * DAY,
        kind: "follow-up",
        dueFromNow: -20,
        assignee: "onthaal",
        note: "Nog eens bellen na een maand.",
      },
    ],
  },
  {
    channel: "CARE_COACH",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 14 * DAY,
    person: { firstName: "Jeanne", phone: "0470 00 10 24" },
    reporter: {
      firstName: "Tom",
      relation: "zorgcoach",
      email: "zorgcoach.tom@sociaalhuis.example",
      organisation: "sociaal-huis",
    },
    neighbourhood: "hanswijk",
    needs: ["VISIT_OR_WALK"],
    ageGroup: "AGE_75_PLUS",
    assignee: "vrijwilligers",
    steps: [
      { at: 6, kind: "contact" },
      { at: 6.1, kind: "consent", to: "ASKED" },
      { at: 6.2, kind: "consent", to: "CONSENTED" },
      { at: 7, kind: "assess", types: ["EMOTIONAL_LONELINESS"], urgency: "HIGH", answers: VERY_LONELY },
      { at: 24, kind: "refer", organisation: "samana", offer: "samana-bezoek-aan-huis" },
      { at: 48, kind: "follow-up", dueFromNow: 5 * DAY, assignee: "vrijwilligers" },
    ],
  },

  // ── Closed ──
  {
    channel: "PHONE_LINE",
    requestFor: "SELF",
    receivedHoursAgo: 10 * DAY,
    person: { firstName: "Roger", phone: "0470 00 10 25" },
    neighbourhood: "muizen",
    needs: ["NOT_SURE"],
    ageGroup: "AGE_65_74",
    steps: [
      { at: 0.1, kind: "contact" },
      { at: 0.3, kind: "assess", needs: ["MEETING_PEOPLE"], types: ["UNCLEAR"], urgency: "LOW" },
      {
        at: 0.5,
        kind: "close",
        outcome: "ADVICE_GIVEN",
        note: "Info gegeven over de koffiebabbel van de Ouderenraad in Muizen.",
      },
    ],
  },
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 90 * DAY,
    person: { firstName: "Lieve", phone: "0470 00 10 26" },
    neighbourhood: "battel",
    needs: ["CHAT_OR_CALL"],
    ageGroup: "AGE_75_PLUS",
    steps: [
      { at: 3, kind: "contact" },
      { at: 4, kind: "assess", types: ["EMOTIONAL_LONELINESS"], urgency: "NORMAL", answers: VERY_LONELY },
      {
        at: 5 * DAY,
        by: "vrijwilligers",
        kind: "link",
        volunteer: "koen",
        activity: "CHAT_OR_CALL",
        plan: "Elke woensdagavond een telefoontje.",
        linkKind: "RECURRING",
      },
      {
        at: 6 * DAY,
        kind: "follow-up",
        dueAfterReceived: 35 * DAY,
        done: { at: 35 * DAY, note: "Kijkt uit naar de telefoontjes.", answers: BETTER },
      },
      { at: 36 * DAY, kind: "close", outcome: "LINKED_TO_VOLUNTEER" },
    ],
  },
  {
    channel: "NEIGHBOURHOOD_POLICE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "NO",
    receivedHoursAgo: 8 * DAY,
    person: { firstName: "Leon", phone: "0470 00 10 27" },
    reporter: {
      firstName: "Wim",
      relation: "wijkagent",
      email: "wijkagent.battel@politie.example",
      organisation: "politie-wijkagenten",
    },
    neighbourhood: "battel",
    needs: ["NOT_SURE"],
    steps: [
      { at: 10, kind: "contact" },
      { at: 10.1, kind: "consent", to: "ASKED" },
      { at: 10.2, kind: "consent", to: "DECLINED", note: "Wil geen hulp; weet waar hij terechtkan." },
    ],
  },
  {
    channel: "OTHER",
    requestFor: "SELF",
    receivedHoursAgo: 12 * DAY,
    person: { firstName: "Jean", phone: "0470 00 10 28" },
    neighbourhood: "walem",
    needs: ["CHAT_OR_CALL"],
    steps: [
      { at: 2, kind: "attempt", result: "NO_ANSWER" },
      { at: 20, kind: "attempt", result: "VOICEMAIL" },
      { at: 46, kind: "attempt", result: "NO_ANSWER" },
      {
        at: 5 * DAY,
        kind: "close",
        outcome: "UNREACHABLE",
        note: "Drie keer gebeld, twee berichten ingesproken.",
      },
    ],
  },

  // ── Withdrawn ──
  {
    channel: "WEBSITE",
    requestFor: "SELF",
    receivedHoursAgo: 3 * DAY,
    person: { firstName: "Emma", email: "emma.intussen@voorbeeld.example" },
    neighbourhood: "geerdegem",
    needs: ["MEETING_PEOPLE"],
    ageGroup: "AGE_25_44",
    steps: [{ at: 5, kind: "withdraw", note: "Mailde terug: heeft intussen zelf een oplossing gevonden." }],
  },
  {
    channel: "PHONE_LINE",
    requestFor: "SOMEONE_ELSE",
    subjectAwareness: "YES",
    receivedHoursAgo: 7 * DAY,
    person: { firstName: "Julia", phone: "0470 00 10 30" },
    reporter: { firstName: "Hanne", relation: "kleindochter", phone: "0470 00 20 30" },
    neighbourhood: "hombeek",
    needs: ["VISIT_OR_WALK"],
    ageGroup: "AGE_75_PLUS",
    steps: [
      { at: 2, kind: "contact" },
      { at: 30, kind: "withdraw", note: "Verhuist naar een woonzorgcentrum bij haar dochter." },
    ],
  },
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
