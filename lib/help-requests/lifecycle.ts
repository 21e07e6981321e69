// The request lifecycle as data: which status may follow which, which action
// is possible in which status, and the Dutch sentence staff see when it isn't.
// Pure (no database): the domain functions, the pages (to show only the
// actions that make sense) and the unit tests all read this one table.
//
//   NEW ──first contact──▶ CONTACTED ──assess──▶ ASSESSED ──link──▶ LINKED ───┐
//                                                   │  ▲                        ├─plan follow-up─▶ FOLLOW_UP
//                                                   │  └──link fell through──── LINKED
//                                                   └──refer──▶ REFERRED ──────┘
//   Every open status ──▶ CLOSED (with an outcome that fits, see closeRefusal) or WITHDRAWN.
//
// Decisions:
// - The first contact (with the person or, for a request about someone else,
//   with the one who asked) is the only way out of NEW besides closing as
//   unreachable / declined / no longer needed / other, or withdrawing.
// - Assess comes before linking or referring: needs, type of loneliness and
//   urgency are what the figures and the matching rely on. Assessing again
//   later updates the assessment without changing the status.
// - LINKED and REFERRED are reached from ASSESSED only. A second referral or
//   link on a request that is already LINKED, REFERRED or in FOLLOW_UP is
//   recorded without changing the status (the timeline shows it).
// - LINKED → ASSESSED: a proposed link fell through (the volunteer declined),
//   so the request waits to be linked again. For the matching use case.
// - FOLLOW_UP comes after a link or a referral. A follow-up may also be
//   planned earlier (after a first contact or assessment): the row is stored,
//   the status stays.
// - CLOSED and WITHDRAWN are final: nothing changes afterwards.
import type {
  CloseOutcome,
  HelpRequestStatus,
  RequestFor,
  SubjectConsent,
} from "@/lib/generated/prisma/enums";
import { STATUS_OPTIONS } from "@/lib/validation/options";

export const OPEN_STATUSES = [
  "NEW",
  "CONTACTED",
  "ASSESSED",
  "LINKED",
  "REFERRED",
  "FOLLOW_UP",
] as const satisfies readonly HelpRequestStatus[];

export const ENDED_STATUSES = ["CLOSED", "WITHDRAWN"] as const satisfies readonly HelpRequestStatus[];

/** Every status, in the order of the lifecycle. */
export const HELP_REQUEST_STATUSES = [...OPEN_STATUSES, ...ENDED_STATUSES] as const;

export function isOpenStatus(status: HelpRequestStatus): boolean {
  return (OPEN_STATUSES as readonly HelpRequestStatus[]).includes(status);
}

/** The one transition table: for each status, the statuses that may follow it. */
export const TRANSITIONS: Readonly<Record<HelpRequestStatus, readonly HelpRequestStatus[]>> = {
  NEW: ["CONTACTED", "CLOSED", "WITHDRAWN"],
  CONTACTED: ["ASSESSED", "CLOSED", "WITHDRAWN"],
  ASSESSED: ["LINKED", "REFERRED", "CLOSED", "WITHDRAWN"],
  LINKED: ["ASSESSED", "FOLLOW_UP", "CLOSED", "WITHDRAWN"],
  REFERRED: ["FOLLOW_UP", "CLOSED", "WITHDRAWN"],
  FOLLOW_UP: ["CLOSED", "WITHDRAWN"],
  CLOSED: [],
  WITHDRAWN: [],
};

export function canTransition(from: HelpRequestStatus, to: HelpRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Dutch names of the statuses (from STATUS_OPTIONS, the words the whole staff area uses). */
export const STATUS_LABELS = Object.fromEntries(STATUS_OPTIONS.map((o) => [o.value, o.label])) as Readonly<
  Record<HelpRequestStatus, string>
>;

export const MESSAGES = {
  closed: "Deze aanvraag is al afgesloten.",
  withdrawn: "Deze aanvraag is ingetrokken. Er kan niets meer aan veranderen.",
  toNew: "Een aanvraag kan niet terug naar 'Nieuw'.",
  firstContactDone: "Het eerste contact is al geregistreerd.",
  contactFirst: "Registreer eerst het eerste contact.",
  assessFirst: "Schat de vraag eerst in. Daarna kan je koppelen of doorverwijzen.",
  alreadyLinkedOrReferred: "Deze aanvraag is al gekoppeld of doorverwezen.",
  followUpAfterLinkOrReferral: "Opvolging komt na een koppeling of een doorverwijzing.",
  alreadyAssessed:
    "Deze aanvraag is al ingeschat. Je kan de inschatting aanpassen zonder de status te veranderen.",
  adviceNeedsContact: "Advies geven kan pas na een gesprek. Registreer eerst het eerste contact.",
  outcomeNeedsContact: "Deze uitkomst kan pas na een gesprek. Registreer eerst het eerste contact.",
  unreachableNeedsAttempts:
    "Registreer eerst je pogingen om contact te leggen. Daarna kan je afsluiten als 'niet bereikbaar'.",
  noLink: "Er is geen vrijwilliger gekoppeld aan deze aanvraag. Kies een andere uitkomst.",
  noReferral: "Deze aanvraag is niet doorverwezen. Verwijs eerst door, of kies een andere uitkomst.",
  notForSomeoneElse: "Deze aanvraag is voor de persoon zelf: er is geen toestemming van iemand anders nodig.",
  consentRequired:
    "Deze persoon heeft nog niet ingestemd. Vraag eerst of hij of zij akkoord gaat: zonder toestemming geven we niets door.",
} as const;

/**
 * Why a status change is impossible, in Dutch for staff, or null when it is
 * allowed. Every refused pair gets a sentence that says what to do instead
 * where there is something to do.
 */
export function transitionRefusal(from: HelpRequestStatus, to: HelpRequestStatus): string | null {
  if (canTransition(from, to)) return null;
  if (from === "CLOSED") return MESSAGES.closed;
  if (from === "WITHDRAWN") return MESSAGES.withdrawn;
  if (from === to) return `Deze aanvraag heeft die status al: ${STATUS_LABELS[to].toLowerCase()}.`;
  switch (to) {
    case "NEW":
      return MESSAGES.toNew;
    case "CONTACTED":
      return MESSAGES.firstContactDone;
    case "ASSESSED":
      return from === "NEW" ? MESSAGES.contactFirst : MESSAGES.alreadyAssessed;
    case "LINKED":
    case "REFERRED":
      return from === "NEW" || from === "CONTACTED" ? MESSAGES.assessFirst : MESSAGES.alreadyLinkedOrReferred;
    case "FOLLOW_UP":
      return MESSAGES.followUpAfterLinkOrReferral;
    default:
      return `Een aanvraag met status '${STATUS_LABELS[from].toLowerCase()}' kan niet naar '${STATUS_LABELS[to].toLowerCase()}'.`;
  }
}

// ───────────────────────────── Actions ─────────────────────────────

/** The things staff can do on a request (one domain function each). */
export const REQUEST_ACTIONS = [
  "log-contact-attempt",
  "log-first-contact",
  "assess",
  "assign",
  "record-subject-consent",
  "refer",
  "plan-follow-up",
  "complete-follow-up",
  "add-note",
  "close",
  "withdraw",
] as const;

export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export interface RequestState {
  status: HelpRequestStatus;
  requestFor: RequestFor;
  subjectConsent: SubjectConsent;
}

/** Nothing is passed on (to a volunteer or an organisation) about someone who did not agree. */
export function hasSubjectConsent(request: Pick<RequestState, "requestFor" | "subjectConsent">): boolean {
  return request.requestFor === "SELF" || request.subjectConsent === "CONSENTED";
}

/** The status an action leads to from a given status (the same status when it changes nothing). */
export function statusAfter(action: RequestAction, from: HelpRequestStatus): HelpRequestStatus {
  switch (action) {
    case "log-first-contact":
      return "CONTACTED";
    case "assess":
      return from === "CONTACTED" ? "ASSESSED" : from;
    case "refer":
      return from === "ASSESSED" ? "REFERRED" : from;
    case "plan-follow-up":
      return from === "LINKED" || from === "REFERRED" ? "FOLLOW_UP" : from;
    case "close":
      return "CLOSED";
    case "withdraw":
      return "WITHDRAWN";
    default:
      return from;
  }
}

const AFTER_CONTACT: readonly HelpRequestStatus[] = [
  "CONTACTED",
  "ASSESSED",
  "LINKED",
  "REFERRED",
  "FOLLOW_UP",
];

/**
 * Why an action is impossible on a request in this state, in Dutch, or null
 * when it is possible. The status change it implies is checked against the
 * transition table, so the two can't disagree.
 */
export function actionRefusal(action: RequestAction, request: RequestState): string | null {
  const { status } = request;
  if (action === "add-note") return null; // a note can always be added, also afterwards
  if (status === "CLOSED") return MESSAGES.closed;
  if (status === "WITHDRAWN") return MESSAGES.withdrawn;

  switch (action) {
    case "log-first-contact":
      if (status !== "NEW") return MESSAGES.firstContactDone;
      break;
    case "assess":
    case "complete-follow-up":
      if (status === "NEW") return MESSAGES.contactFirst;
      break;
    case "plan-follow-up":
      if (!AFTER_CONTACT.includes(status)) return MESSAGES.contactFirst;
      break;
    case "refer":
      if (status === "NEW" || status === "CONTACTED") return MESSAGES.assessFirst;
      if (!hasSubjectConsent(request)) return MESSAGES.consentRequired;
      break;
    case "record-subject-consent":
      if (request.requestFor !== "SOMEONE_ELSE") return MESSAGES.notForSomeoneElse;
      break;
    default:
      break;
  }
  const to = statusAfter(action, status);
  return to === status ? null : transitionRefusal(status, to);
}

/** The actions that make sense on a request now: the page shows only these. */
export function availableActions(request: RequestState): RequestAction[] {
  return REQUEST_ACTIONS.filter((action) => actionRefusal(action, request) === null);
}

// ───────────────────────────── Closing ─────────────────────────────

/** Outcomes that need no conversation with anyone: possible while the request is still NEW. */
const OUTCOMES_WITHOUT_CONTACT: readonly CloseOutcome[] = [
  "UNREACHABLE",
  "NO_LONGER_NEEDED",
  "DECLINED_HELP",
  "OTHER",
];

export interface CloseFacts {
  /** A volunteer link that was not declined exists. */
  hasLink: boolean;
  hasReferral: boolean;
  contactAttempts: number;
}

/**
 * Why a request can't be closed with this outcome, in Dutch, or null. Advice
 * needs a conversation; "linked to a volunteer" needs a link and "referred"
 * a referral (the figures count them); "unreachable" needs at least one
 * logged attempt while no one was reached yet.
 */
export function closeRefusal(
  status: HelpRequestStatus,
  outcome: CloseOutcome,
  facts: CloseFacts,
): string | null {
  const refusal = transitionRefusal(status, "CLOSED");
  if (refusal) return refusal;
  if (status === "NEW" && !OUTCOMES_WITHOUT_CONTACT.includes(outcome)) {
    return outcome === "ADVICE_GIVEN" ? MESSAGES.adviceNeedsContact : MESSAGES.outcomeNeedsContact;
  }
  if (outcome === "UNREACHABLE" && status === "NEW" && facts.contactAttempts === 0) {
    return MESSAGES.unreachableNeedsAttempts;
  }
  if (outcome === "LINKED_TO_VOLUNTEER" && !facts.hasLink) return MESSAGES.noLink;
  if (outcome === "REFERRED_TO_SERVICE" && !facts.hasReferral) return MESSAGES.noReferral;
  return null;
}

// ───────────────────────── Consent of the person ─────────────────────────

/**
 * For a request about someone else: REPORTED (someone told us) → ASKED (we
 * asked the person) → CONSENTED | DECLINED. A person who agreed may still
 * change their mind (CONSENTED → DECLINED). DECLINED is final: the request is
 * closed and kept only briefly.
 */
export const CONSENT_TRANSITIONS: Readonly<Record<SubjectConsent, readonly SubjectConsent[]>> = {
  NOT_APPLICABLE: [],
  REPORTED: ["ASKED"],
  ASKED: ["CONSENTED", "DECLINED"],
  CONSENTED: ["DECLINED"],
  DECLINED: [],
};

export function consentRefusal(from: SubjectConsent, to: SubjectConsent): string | null {
  if (CONSENT_TRANSITIONS[from].includes(to)) return null;
  if (from === "NOT_APPLICABLE" || to === "NOT_APPLICABLE") return MESSAGES.notForSomeoneElse;
  if (from === to) return "Dat is al geregistreerd.";
  if (from === "DECLINED")
    return "Deze persoon wil geen hulp. Dat is al geregistreerd en de aanvraag is afgesloten.";
  if (to === "REPORTED") return "De toestemming kan niet terug naar 'gemeld'.";
  if (from === "REPORTED") return "Registreer eerst dat je het de persoon gevraagd hebt.";
  return "Deze persoon heeft al ingestemd. Wil hij of zij toch geen hulp meer? Registreer dan een weigering.";
}
