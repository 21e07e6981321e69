import { describe, expect, it } from "vitest";
import {
  compareLonelinessScores,
  LONELINESS_ITEMS,
  scoreItem,
  scoreLonelinessScale,
  type LonelinessAnswer,
} from "@/lib/help-requests/loneliness-scale";

describe("the De Jong Gierveld 6-item scale", () => {
  it("has three emotional items first, then three positively worded social items", () => {
    expect(LONELINESS_ITEMS.map((i) => i.subscale)).toEqual([
      "EMOTIONAL",
      "EMOTIONAL",
      "EMOTIONAL",
      "SOCIAL",
      "SOCIAL",
      "SOCIAL",
    ]);
    expect(LONELINESS_ITEMS.map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("scores an emotional item 1 for 'ja' and 'min of meer', 0 for 'nee'", () => {
    const emotional = LONELINESS_ITEMS[0]!;
    expect(scoreItem(emotional, "YES")).toBe(1);
    expect(scoreItem(emotional, "MORE_OR_LESS")).toBe(1);
    expect(scoreItem(emotional, "NO")).toBe(0);
  });

  it("scores a social item 1 for 'nee' and 'min of meer', 0 for 'ja'", () => {
    const social = LONELINESS_ITEMS[3]!;
    expect(scoreItem(social, "NO")).toBe(1);
    expect(scoreItem(social, "MORE_OR_LESS")).toBe(1);
    expect(scoreItem(social, "YES")).toBe(0);
  });

  it("adds up the subscales (0–3 each) and the total (0–6)", () => {
    const notLonely: LonelinessAnswer[] = ["NO", "NO", "NO", "YES", "YES", "YES"];
    const veryLonely: LonelinessAnswer[] = ["YES", "YES", "YES", "NO", "NO", "NO"];
    const inBetween: LonelinessAnswer[] = ["YES", "MORE_OR_LESS", "NO", "YES", "MORE_OR_LESS", "NO"];
    const allMoreOrLess: LonelinessAnswer[] = Array(6).fill("MORE_OR_LESS");
    expect(scoreLonelinessScale(notLonely)).toEqual({ emotional: 0, social: 0, total: 0 });
    expect(scoreLonelinessScale(veryLonely)).toEqual({ emotional: 3, social: 3, total: 6 });
    expect(scoreLonelinessScale(inBetween)).toEqual({ emotional: 2, social: 2, total: 4 });
    expect(scoreLonelinessScale(allMoreOrLess)).toEqual({ emotional: 3, social: 3, total: 6 });
    // "ja" everywhere: lonely on the emotional items, not on the social ones.
    expect(scoreLonelinessScale(Array(6).fill("YES"))).toEqual({ emotional: 3, social: 0, total: 3 });
  });

  it("refuses an incomplete or invalid list of answers", () => {
    expect(() => scoreLonelinessScale(["YES", "NO"])).toThrow(RangeError);
    expect(() => scoreLonelinessScale(["YES", "NO", "NO", "NO", "NO", "MAYBE" as LonelinessAnswer])).toThrow(
      RangeError,
    );
  });

  it("compares two measurements: negative means less lonely", () => {
    const before = scoreLonelinessScale(["YES", "YES", "YES", "NO", "NO", "MORE_OR_LESS"]);
    const after = scoreLonelinessScale(["NO", "MORE_OR_LESS", "NO", "YES", "NO", "YES"]);
    expect(compareLonelinessScores(before, after)).toEqual({ emotional: -2, social: -2, total: -4 });
  });
});
