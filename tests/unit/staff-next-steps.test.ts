import { describe, expect, it } from "vitest";
import { planActions, possibleOutcomes, type NextStepFacts } from "@/components/staff/request-next-steps";
import { availableActions } from "@/lib/help-requests/lifecycle";
import type { HelpRequestStatus, SubjectConsent } from "@/lib/generated/prisma/enums";

function facts(
  status: HelpRequestStatus,
  more: Partial<NextStepFacts> & { requestFor?: "SELF" | "SOMEONE_ELSE" } = {},
): NextStepFacts {
  const requestFor = more.requestFor ?? "SELF";
  const subjectConsent: SubjectConsent =
    more.subjectConsent ?? (requestFor === "SELF" ? "NOT_APPLICABLE" : "REPORTED");
  return {
    status,
    subjectConsent,
    allowed: availableActions({ status, requestFor, subjectConsent }),
    openFollowUps: 0,
    referralTargets: 3,
    hasLink: false,
    hasReferral: false,
    contactAttempts: 0,
    ...more,
  };
}

describe("the actions a request's page offers", () => {
  it("puts the first contact first on a new request, then a contact attempt", () => {
    const { actions, primary } = planActions(facts("NEW"));
    expect(primary).toBe("log-first-contact");
    expect(actions.slice(0, 2)).toEqual(["log-first-contact", "log-contact-attempt"]);
    expect(actions).not.toContain("assess");
    expect(actions).not.toContain("refer");
  });

  it("asks for the person's consent first once assessed, when someone else asked and the person wasn't asked yet", () => {
    const { primary, actions } = planActions(facts("ASSESSED", { requestFor: "SOMEONE_ELSE" }));
    expect(primary).toBe("record-subject-consent");
    expect(actions).not.toContain("refer"); // nothing is passed on without consent
  });

  it("moves consent to the end once the person agreed: referring is the next step", () => {
    const { primary, actions } = planActions(
      facts("ASSESSED", { requestFor: "SOMEONE_ELSE", subjectConsent: "CONSENTED" }),
    );
    expect(primary).toBe("refer");
    expect(actions.at(-1)).toBe("record-subject-consent");
  });

  it("offers completing a follow-up only when one is open", () => {
    expect(planActions(facts("FOLLOW_UP")).actions).not.toContain("complete-follow-up");
    expect(planActions(facts("FOLLOW_UP", { openFollowUps: 1 })).primary).toBe("complete-follow-up");
  });

  it("leaves only a note on a closed request, with no next step", () => {
    expect(planActions(facts("CLOSED"))).toEqual({ actions: ["add-note"], primary: null });
  });

  it("shows only the close outcomes that fit what happened", () => {
    const fresh = possibleOutcomes("NEW", { hasLink: false, hasReferral: false, contactAttempts: 0 }).map(
      (o) => o.value,
    );
    expect(fresh).toEqual(["NO_LONGER_NEEDED", "DECLINED_HELP", "OTHER"]);
    const tried = possibleOutcomes("NEW", { hasLink: false, hasReferral: false, contactAttempts: 1 }).map(
      (o) => o.value,
    );
    expect(tried).toContain("UNREACHABLE");
    const referred = possibleOutcomes("REFERRED", {
      hasLink: false,
      hasReferral: true,
      contactAttempts: 0,
    }).map((o) => o.value);
    expect(referred).toContain("REFERRED_TO_SERVICE");
    expect(referred).not.toContain("LINKED_TO_VOLUNTEER");
  });
});
