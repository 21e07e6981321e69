// More fictional volunteers for the demo database, so the coordinator's
// lists (/beheer/vrijwilligers) show every status: intakes planned, in
// screening, active and idle, paused (one asked for it), stopped. None has a
// link: the demo links are made in demo-requests.ts.
import type {
  AvailabilitySlot,
  Need,
  TravelRange,
  VolunteerStatus,
} from "../../../lib/generated/prisma/enums";

export interface DemoVolunteerInTake {
  status: Exclude<VolunteerStatus, "APPLIED">;
  firstName: string;
  lastName: string;
  phone: string;
  email?: string;
  neighbourhood: string;
  activities: Need[];
  languages: string[];
  availability: AvailabilitySlot[];
  travelRange?: TravelRange;
  maxActiveLinks: number;
  motivation?: string;
  /** Days before the demo was loaded. */
  appliedDaysAgo: number;
  intakeOutcome?: string;
  /** Active ones: days before the demo since their last link (none: never linked). */
  lastLinkedDaysAgo?: number;
  pauseRequestNote?: string;
  stopReason?: string;
  coachingNote?: string;
}

export const DEMO_VOLUNTEERS_IN_TAKE: DemoVolunteerInTake[] = [
  {
    status: "INTAKE_PLANNED",
    firstName: "Emre",
    lastName: "Yilmaz",
    phone: "0470 00 51 01",
    neighbourhood: "mechelen-noord",
    activities: ["CHAT_OR_CALL", "GROCERIES_OR_ERRANDS"],
    languages: ["nl", "tr"],
    availability: ["SATURDAY_MORNING", "SATURDAY_AFTERNOON"],
    maxActiveLinks: 2,
    motivation: "Mijn buurman is alleen sinds zijn vrouw overleed. Ik wil meer mensen zo helpen.",
    appliedDaysAgo: 9,
  },
  {
    status: "INTAKE_PLANNED",
    firstName: "Sarah",
    lastName: "Mertens",
    phone: "0470 00 51 02",
    email: "sarah.mertens@voorbeeld.example",
    neighbourhood: "battel",
    activities: ["VISIT_OR_WALK"],
    languages: ["nl", "en"],
    availability: ["WEDNESDAY_AFTERNOON", "SUNDAY_AFTERNOON"],
    maxActiveLinks: 1,
    appliedDaysAgo: 8,
  },
  {
    status: "SCREENING",
    firstName: "Karim",
    lastName: "Benali",
    phone: "0470 00 51 03",
    neighbourhood: "nekkerspoel",
    activities: ["DIGITAL_HELP", "CHAT_OR_CALL"],
    languages: ["nl", "ar", "fr"],
    availability: ["MONDAY_EVENING", "THURSDAY_EVENING"],
    maxActiveLinks: 2,
    appliedDaysAgo: 21,
    intakeOutcome: "Rustig en geduldig. Wil vooral helpen met gsm en itsme. Uittreksel aangevraagd.",
  },
  {
    status: "SCREENING",
    firstName: "Anneleen",
    lastName: "De Smet",
    phone: "0470 00 51 04",
    neighbourhood: "heffen",
    activities: ["VISIT_OR_WALK", "MEETING_PEOPLE"],
    languages: ["nl"],
    availability: ["TUESDAY_MORNING", "FRIDAY_MORNING"],
    travelRange: "SAME_NEIGHBOURHOOD",
    maxActiveLinks: 2,
    appliedDaysAgo: 30,
    intakeOutcome: "Kent veel mensen in Heffen. Wacht nog op het uittreksel van de gemeente.",
  },
  {
    status: "ACTIVE",
    firstName: "Mehmet",
    lastName: "Öztürk",
    phone: "0470 00 51 05",
    neighbourhood: "hanswijk",
    activities: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
    languages: ["nl", "tr", "en"],
    availability: ["MONDAY_AFTERNOON", "WEDNESDAY_AFTERNOON", "FRIDAY_AFTERNOON"],
    maxActiveLinks: 2,
    appliedDaysAgo: 120,
    lastLinkedDaysAgo: 75,
    coachingNote: "Vorige koppeling liep mooi af (mevrouw verhuisde). Klaar voor een nieuwe.",
  },
  {
    status: "ACTIVE",
    firstName: "Claire",
    lastName: "Lambert",
    phone: "0470 00 51 06",
    email: "claire.lambert@voorbeeld.example",
    neighbourhood: "binnenstad",
    activities: ["CHAT_OR_CALL", "MEETING_PEOPLE"],
    languages: ["fr", "nl", "en"],
    availability: ["TUESDAY_EVENING", "THURSDAY_EVENING"],
    travelRange: "WHOLE_CITY",
    maxActiveLinks: 3,
    appliedDaysAgo: 45,
    pauseRequestNote: "Ik ben drie weken in het buitenland voor mijn werk.",
  },
  {
    status: "PAUSED",
    firstName: "Luc",
    lastName: "Vermeulen",
    phone: "0470 00 51 07",
    neighbourhood: "walem",
    activities: ["GROCERIES_OR_ERRANDS"],
    languages: ["nl"],
    availability: ["MONDAY_MORNING", "THURSDAY_MORNING"],
    maxActiveLinks: 1,
    appliedDaysAgo: 300,
    lastLinkedDaysAgo: 100,
    coachingNote: "Heupoperatie. Neemt zelf contact op als hij weer kan.",
  },
  {
    status: "STOPPED",
    firstName: "Olena",
    lastName: "Kovalenko",
    phone: "0470 00 51 08",
    neighbourhood: "mechelen-zuid",
    activities: ["CHAT_OR_CALL"],
    languages: ["uk", "ru", "en"],
    availability: [],
    maxActiveLinks: 1,
    appliedDaysAgo: 200,
    stopReason: "Heeft voltijds werk gevonden. Wil later misschien terugkomen.",
  },
];
