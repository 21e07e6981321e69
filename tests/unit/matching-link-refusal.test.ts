// When a request may get a caring neighbour: after the assessment, and for
// someone else only once they agreed; ASSESSED becomes LINKED, the rest stays.
import { describe, expect, it } from "vitest";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { MESSAGES } from "@/lib/help-requests/lifecycle";
import { linkRefusal, MATCH_REFUSALS, statusAfterLink } from "@/lib/matching/link-refusal";

const self = (status: HelpRequestStatus) =>
  ({ status, requestFor: "SELF", subjectConsent: "NOT_APPLICABLE", anonymisedAt: null }) as const;

describe("linkRefusal", () => {
  it.each(["ASSESSED", "LINKED", "REFERRED", "FOLLOW_UP"] as const)(
    "allows a link on a %s request",
    (status) => {
      expect(linkRefusal(self(status))).toBeNull();
    },
  );

  it("asks for the assessment first, and refuses ended requests", () => {
    expect(linkRefusal(self("NEW"))).toBe(MESSAGES.assessFirst);
    expect(linkRefusal(self("CONTACTED"))).toBe(MESSAGES.assessFirst);
    expect(linkRefusal(self("CLOSED"))).toBe(MESSAGES.closed);
    expect(linkRefusal(self("WITHDRAWN"))).toBe(MESSAGES.withdrawn);
    expect(linkRefusal({ ...self("ASSESSED"), anonymisedAt: new Date() })).toBe(MATCH_REFUSALS.anonymised);
  });

  it("about someone else: only after their consent", () => {
    for (const subjectConsent of ["REPORTED", "ASKED", "DECLINED"] as const) {
      expect(linkRefusal({ ...self("ASSESSED"), requestFor: "SOMEONE_ELSE", subjectConsent })).toBe(
        MATCH_REFUSALS.consent,
      );
    }
    expect(
      linkRefusal({ ...self("ASSESSED"), requestFor: "SOMEONE_ELSE", subjectConsent: "CONSENTED" }),
    ).toBeNull();
  });

  it("needs at least one need to match on", () => {
    expect(linkRefusal({ ...self("ASSESSED"), needs: [] })).toBe(MATCH_REFUSALS.noNeeds);
  });
});

describe("statusAfterLink", () => {
  it("makes an assessed request LINKED and leaves the others as they are", () => {
    expect(statusAfterLink("ASSESSED")).toBe("LINKED");
    for (const status of ["LINKED", "REFERRED", "FOLLOW_UP"] as const)
      expect(statusAfterLink(status)).toBe(status);
  });
});
