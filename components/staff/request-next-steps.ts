// Which action forms a request's page shows, in which order, and which one is
// the most likely next step. Pure: built on the lifecycle table
// (lib/help-requests/lifecycle.ts), which the server checks again anyway.
import type { CloseOutcome, HelpRequestStatus, SubjectConsent } from "@/lib/generated/prisma/enums";
import {
  closeRefusal,
  CONSENT_TRANSITIONS,
  type CloseFacts,
  type RequestAction,
} from "@/lib/help-requests/lifecycle";
import { CLOSE_OUTCOME_OPTIONS } from "@/lib/validation/options";

/** The actions of a request that is under way, from most to least likely. */
const BASE_ORDER: readonly RequestAction[] = [
  "plan-follow-up",
  "complete-follow-up",
  "record-subject-consent",
  "refer",
  "assess",
  "assign",
  "log-contact-attempt",
  "add-note",
  "close",
  "withdraw",
];

/** The base order with `first` moved to the front and `without` left out. */
function orderWith(first: readonly RequestAction[], without: readonly RequestAction[] = []): RequestAction[] {
  return [...first, ...BASE_ORDER.filter((a) => !first.includes(a) && !without.includes(a))];
}

/** For each status, the actions from most to least likely. */
const ORDER: Readonly<Record<HelpRequestStatus, readonly RequestAction[]>> = {
  NEW: orderWith(
    ["log-first-contact", "log-contact-attempt", "record-subject-consent"],
    ["plan-follow-up", "complete-follow-up", "refer", "assess"],
  ),
  CONTACTED: orderWith(
    ["assess", "record-subject-consent", "plan-follow-up"],
    ["complete-follow-up", "refer"],
  ),
  ASSESSED: orderWith(
    ["record-subject-consent", "refer", "plan-follow-up", "assess"],
    ["complete-follow-up"],
  ),
  LINKED: BASE_ORDER,
  REFERRED: BASE_ORDER,
  FOLLOW_UP: orderWith(["complete-follow-up", "close", "plan-follow-up"]),
  CLOSED: ["add-note"],
  WITHDRAWN: ["add-note"],
};

/** Actions that move the request on: one of these can be "the next step". */
const STEPS: readonly RequestAction[] = [
  "log-first-contact",
  "assess",
  "record-subject-consent",
  "refer",
  "plan-follow-up",
  "complete-follow-up",
  "close",
];

export interface NextStepFacts extends CloseFacts {
  status: HelpRequestStatus;
  subjectConsent: SubjectConsent;
  /** What the lifecycle allows now (RequestDetail.actions). */
  allowed: readonly RequestAction[];
  openFollowUps: number;
  referralTargets: number;
}

/** The close outcomes that fit what happened so far. */
export function possibleOutcomes(status: HelpRequestStatus, facts: CloseFacts) {
  return CLOSE_OUTCOME_OPTIONS.filter((o) => closeRefusal(status, o.value as CloseOutcome, facts) === null);
}

/** The consent answers that can follow the current one (REPORTED → ASKED → CONSENTED | DECLINED). */
export function possibleConsents(current: SubjectConsent): readonly SubjectConsent[] {
  return CONSENT_TRANSITIONS[current];
}

/** The actions to show, most likely first, and whether the first is the next step. */
export function planActions(facts: NextStepFacts): {
  actions: RequestAction[];
  primary: RequestAction | null;
} {
  const usable = (action: RequestAction): boolean => {
    if (!facts.allowed.includes(action)) return false;
    switch (action) {
      case "complete-follow-up":
        return facts.openFollowUps > 0;
      case "record-subject-consent":
        return possibleConsents(facts.subjectConsent).length > 0;
      case "refer":
        return facts.referralTargets > 0;
      case "close":
        return possibleOutcomes(facts.status, facts).length > 0;
      default:
        return true;
    }
  };
  let actions = ORDER[facts.status].filter(usable);
  // Consent first only while it is still open: once the person agreed, the next step is what follows.
  if (facts.subjectConsent === "CONSENTED" && actions[0] === "record-subject-consent") {
    actions = [...actions.slice(1), "record-subject-consent"];
  }
  const first = actions[0];
  return { actions, primary: first && STEPS.includes(first) ? first : null };
}
