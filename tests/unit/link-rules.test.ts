import { describe, expect, it } from "vitest";
import type { VolunteerLinkStatus } from "@/lib/generated/prisma/enums";
import { canLinkTransition, LINK_TRANSITIONS, takesAPlace } from "@/lib/volunteer-links/lifecycle";
import { linkTransitionRefusal } from "@/lib/volunteer-links/link-rules";

const STATUSES = Object.keys(LINK_TRANSITIONS) as VolunteerLinkStatus[];

describe("link lifecycle", () => {
  it("refuses exactly the pairs the transition table doesn't hold, always with a sentence", () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        const refusal = linkTransitionRefusal(from, to);
        if (canLinkTransition(from, to)) expect(refusal).toBeNull();
        else expect(refusal).toMatch(/\.$/);
      }
    }
  });

  it("says what to do or what happened", () => {
    expect(linkTransitionRefusal("PROPOSED", "ACTIVE")).toBe(
      "Een koppeling start pas als de vrijwilliger ze aanvaard heeft.",
    );
    expect(linkTransitionRefusal("ACCEPTED", "DECLINED")).toBe(
      "De vrijwilliger heeft op dit voorstel al geantwoord.",
    );
    expect(linkTransitionRefusal("ENDED", "ENDED")).toBe("Deze koppeling is al beëindigd.");
    expect(linkTransitionRefusal("DECLINED", "ACCEPTED")).toMatch(/geweigerd/);
  });

  it("ends from proposed, accepted and active; declined and ended are final and free the place", () => {
    expect(STATUSES.filter((s) => canLinkTransition(s, "ENDED"))).toEqual(["PROPOSED", "ACCEPTED", "ACTIVE"]);
    expect(LINK_TRANSITIONS.ENDED).toEqual([]);
    expect(LINK_TRANSITIONS.DECLINED).toEqual([]);
    expect(STATUSES.filter(takesAPlace)).toEqual(["PROPOSED", "ACCEPTED", "ACTIVE"]);
  });
});
