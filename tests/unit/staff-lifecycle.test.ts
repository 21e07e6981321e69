import { describe, expect, it } from "vitest";
import type { CloseOutcome, HelpRequestStatus, SubjectConsent } from "@/lib/generated/prisma/enums";
import {
  actionRefusal,
  availableActions,
  canTransition,
  closeRefusal,
  CONSENT_TRANSITIONS,
  consentRefusal,
  HELP_REQUEST_STATUSES,
  isOpenStatus,
  MESSAGES,
  OPEN_STATUSES,
  REQUEST_ACTIONS,
  statusAfter,
  transitionRefusal,
  TRANSITIONS,
  type RequestState,
} from "@/lib/help-requests/lifecycle";
import { CLOSE_OUTCOME_OPTIONS, STATUS_OPTIONS } from "@/lib/validation/options";

/** The allowed transitions, written out once more by hand: the table must say exactly this. */
const ALLOWED: [HelpRequestStatus, HelpRequestStatus][] = [
  ["NEW", "CONTACTED"],
  ["NEW", "CLOSED"],
  ["NEW", "WITHDRAWN"],
  ["CONTACTED", "ASSESSED"],
  ["CONTACTED", "CLOSED"],
  ["CONTACTED", "WITHDRAWN"],
  ["ASSESSED", "LINKED"],
  ["ASSESSED", "REFERRED"],
  ["ASSESSED", "CLOSED"],
  ["ASSESSED", "WITHDRAWN"],
  ["LINKED", "ASSESSED"],
  ["LINKED", "FOLLOW_UP"],
  ["LINKED", "CLOSED"],
  ["LINKED", "WITHDRAWN"],
  ["REFERRED", "FOLLOW_UP"],
  ["REFERRED", "CLOSED"],
  ["REFERRED", "WITHDRAWN"],
  ["FOLLOW_UP", "CLOSED"],
  ["FOLLOW_UP", "WITHDRAWN"],
];
const isAllowed = (from: HelpRequestStatus, to: HelpRequestStatus) =>
  ALLOWED.some(([f, t]) => f === from && t === to);

const PAIRS = HELP_REQUEST_STATUSES.flatMap((from) => HELP_REQUEST_STATUSES.map((to) => [from, to] as const));

describe("the transition table", () => {
  it("lists every status, and the labels agree with the options", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...HELP_REQUEST_STATUSES].sort());
    expect(STATUS_OPTIONS.map((o) => o.value)).toEqual([...HELP_REQUEST_STATUSES]);
  });

  it.each(PAIRS)("%s → %s is allowed exactly when the lifecycle says so", (from, to) => {
    expect(canTransition(from, to)).toBe(isAllowed(from, to));
    const refusal = transitionRefusal(from, to);
    if (isAllowed(from, to)) {
      expect(refusal).toBeNull();
    } else {
      expect(refusal).toEqual(expect.any(String));
      expect(refusal!.length).toBeGreaterThan(10);
      expect(refusal).toMatch(/\.$/);
    }
  });

  it("refuses everything from a closed or withdrawn request with a clear sentence", () => {
    for (const to of HELP_REQUEST_STATUSES) {
      expect(transitionRefusal("CLOSED", to)).toBe("Deze aanvraag is al afgesloten.");
      expect(transitionRefusal("WITHDRAWN", to)).toBe(MESSAGES.withdrawn);
    }
  });

  it("says what to do instead for the usual mistakes", () => {
    expect(transitionRefusal("NEW", "ASSESSED")).toBe(MESSAGES.contactFirst);
    expect(transitionRefusal("NEW", "REFERRED")).toBe(MESSAGES.assessFirst);
    expect(transitionRefusal("CONTACTED", "LINKED")).toBe(MESSAGES.assessFirst);
    expect(transitionRefusal("CONTACTED", "CONTACTED")).toBe(
      "Deze aanvraag heeft die status al: contact gelegd.",
    );
    expect(transitionRefusal("ASSESSED", "CONTACTED")).toBe(MESSAGES.firstContactDone);
    expect(transitionRefusal("ASSESSED", "FOLLOW_UP")).toBe(MESSAGES.followUpAfterLinkOrReferral);
    expect(transitionRefusal("REFERRED", "LINKED")).toBe(MESSAGES.alreadyLinkedOrReferred);
    expect(transitionRefusal("FOLLOW_UP", "NEW")).toBe(MESSAGES.toNew);
    expect(transitionRefusal("REFERRED", "ASSESSED")).toBe(MESSAGES.alreadyAssessed);
  });

  it("knows which statuses are open", () => {
    expect(OPEN_STATUSES.filter(isOpenStatus)).toEqual([...OPEN_STATUSES]);
    expect(isOpenStatus("CLOSED")).toBe(false);
    expect(isOpenStatus("WITHDRAWN")).toBe(false);
    // Every open status can be closed and withdrawn.
    for (const s of OPEN_STATUSES) {
      expect(canTransition(s, "CLOSED")).toBe(true);
      expect(canTransition(s, "WITHDRAWN")).toBe(true);
    }
  });
});

const self = (status: HelpRequestStatus): RequestState => ({
  status,
  requestFor: "SELF",
  subjectConsent: "NOT_APPLICABLE",
});

describe("actions", () => {
  it("never implies a status change the table refuses", () => {
    for (const action of REQUEST_ACTIONS) {
      for (const status of HELP_REQUEST_STATUSES) {
        const state = self(status);
        if (actionRefusal(action, state) === null) {
          const to = statusAfter(action, status);
          expect(to === status || canTransition(status, to), `${action} from ${status}`).toBe(true);
        }
      }
    }
  });

  it("offers the right actions per status", () => {
    expect(availableActions(self("NEW"))).toEqual([
      "log-contact-attempt",
      "log-first-contact",
      "assign",
      "add-note",
      "close",
      "withdraw",
    ]);
    expect(availableActions(self("CONTACTED"))).toEqual([
      "log-contact-attempt",
      "assess",
      "assign",
      "plan-follow-up",
      "complete-follow-up",
      "add-note",
      "close",
      "withdraw",
    ]);
    expect(availableActions(self("ASSESSED"))).toContain("refer");
    expect(availableActions(self("LINKED"))).toEqual(
      expect.arrayContaining(["assess", "refer", "plan-follow-up", "close", "withdraw"]),
    );
    expect(availableActions(self("CLOSED"))).toEqual(["add-note"]);
    expect(availableActions(self("WITHDRAWN"))).toEqual(["add-note"]);
  });

  it("moves the status only where the lifecycle says", () => {
    expect(statusAfter("log-first-contact", "NEW")).toBe("CONTACTED");
    expect(statusAfter("assess", "CONTACTED")).toBe("ASSESSED");
    expect(statusAfter("assess", "REFERRED")).toBe("REFERRED");
    expect(statusAfter("refer", "ASSESSED")).toBe("REFERRED");
    expect(statusAfter("refer", "LINKED")).toBe("LINKED");
    expect(statusAfter("plan-follow-up", "LINKED")).toBe("FOLLOW_UP");
    expect(statusAfter("plan-follow-up", "REFERRED")).toBe("FOLLOW_UP");
    expect(statusAfter("plan-follow-up", "ASSESSED")).toBe("ASSESSED");
    expect(statusAfter("close", "FOLLOW_UP")).toBe("CLOSED");
    expect(statusAfter("withdraw", "NEW")).toBe("WITHDRAWN");
    expect(statusAfter("assign", "NEW")).toBe("NEW");
  });

  it("refuses a second first contact and an assessment before any contact", () => {
    expect(actionRefusal("log-first-contact", self("CONTACTED"))).toBe(MESSAGES.firstContactDone);
    expect(actionRefusal("assess", self("NEW"))).toBe(MESSAGES.contactFirst);
    expect(actionRefusal("plan-follow-up", self("NEW"))).toBe(MESSAGES.contactFirst);
    expect(actionRefusal("refer", self("CONTACTED"))).toBe(MESSAGES.assessFirst);
    expect(actionRefusal("withdraw", self("CLOSED"))).toBe(MESSAGES.closed);
  });

  it("passes nothing on about someone else before they agreed", () => {
    const other = (subjectConsent: SubjectConsent): RequestState => ({
      status: "ASSESSED",
      requestFor: "SOMEONE_ELSE",
      subjectConsent,
    });
    for (const consent of ["REPORTED", "ASKED", "DECLINED"] as const) {
      expect(actionRefusal("refer", other(consent))).toBe(MESSAGES.consentRequired);
    }
    expect(actionRefusal("refer", other("CONSENTED"))).toBeNull();
    expect(actionRefusal("record-subject-consent", other("REPORTED"))).toBeNull();
    expect(actionRefusal("record-subject-consent", self("ASSESSED"))).toBe(MESSAGES.notForSomeoneElse);
  });
});

describe("closing with an outcome", () => {
  const none = { hasLink: false, hasReferral: false, contactAttempts: 0 };
  const outcomes = CLOSE_OUTCOME_OPTIONS.map((o) => o.value) as CloseOutcome[];

  it("refuses any outcome on an ended request", () => {
    for (const outcome of outcomes) {
      expect(closeRefusal("CLOSED", outcome, none)).toBe(MESSAGES.closed);
      expect(closeRefusal("WITHDRAWN", outcome, none)).toBe(MESSAGES.withdrawn);
    }
  });

  it("allows from NEW only what needs no conversation", () => {
    const withAttempt = { ...none, contactAttempts: 1 };
    expect(closeRefusal("NEW", "UNREACHABLE", withAttempt)).toBeNull();
    expect(closeRefusal("NEW", "UNREACHABLE", none)).toBe(MESSAGES.unreachableNeedsAttempts);
    expect(closeRefusal("NEW", "NO_LONGER_NEEDED", none)).toBeNull();
    expect(closeRefusal("NEW", "DECLINED_HELP", none)).toBeNull();
    expect(closeRefusal("NEW", "OTHER", none)).toBeNull();
    expect(closeRefusal("NEW", "ADVICE_GIVEN", none)).toBe(MESSAGES.adviceNeedsContact);
    expect(closeRefusal("NEW", "LINKED_TO_VOLUNTEER", { ...none, hasLink: true })).toBe(
      MESSAGES.outcomeNeedsContact,
    );
  });

  it("allows advice from an assessed request, and 'linked' / 'referred' only with a link / referral", () => {
    expect(closeRefusal("ASSESSED", "ADVICE_GIVEN", none)).toBeNull();
    expect(closeRefusal("CONTACTED", "ADVICE_GIVEN", none)).toBeNull();
    expect(closeRefusal("CONTACTED", "UNREACHABLE", none)).toBeNull();
    expect(closeRefusal("FOLLOW_UP", "LINKED_TO_VOLUNTEER", none)).toBe(MESSAGES.noLink);
    expect(closeRefusal("FOLLOW_UP", "LINKED_TO_VOLUNTEER", { ...none, hasLink: true })).toBeNull();
    expect(closeRefusal("ASSESSED", "REFERRED_TO_SERVICE", none)).toBe(MESSAGES.noReferral);
    expect(closeRefusal("REFERRED", "REFERRED_TO_SERVICE", { ...none, hasReferral: true })).toBeNull();
  });
});

describe("the consent of the person asked about", () => {
  const CONSENTS: SubjectConsent[] = ["NOT_APPLICABLE", "REPORTED", "ASKED", "CONSENTED", "DECLINED"];
  const ALLOWED_CONSENT: [SubjectConsent, SubjectConsent][] = [
    ["REPORTED", "ASKED"],
    ["ASKED", "CONSENTED"],
    ["ASKED", "DECLINED"],
    ["CONSENTED", "DECLINED"],
  ];

  it.each(CONSENTS.flatMap((from) => CONSENTS.map((to) => [from, to] as const)))(
    "%s → %s follows REPORTED → ASKED → CONSENTED | DECLINED",
    (from, to) => {
      const allowed = ALLOWED_CONSENT.some(([f, t]) => f === from && t === to);
      expect(CONSENT_TRANSITIONS[from].includes(to)).toBe(allowed);
      const refusal = consentRefusal(from, to);
      if (allowed) expect(refusal).toBeNull();
      else expect(refusal).toMatch(/\.$/);
    },
  );

  it("says why", () => {
    expect(consentRefusal("REPORTED", "CONSENTED")).toBe(
      "Registreer eerst dat je het de persoon gevraagd hebt.",
    );
    expect(consentRefusal("NOT_APPLICABLE", "ASKED")).toBe(MESSAGES.notForSomeoneElse);
    expect(consentRefusal("ASKED", "ASKED")).toBe("Dat is al geregistreerd.");
  });
});
