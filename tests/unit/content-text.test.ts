import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod } from "@/lib/content/format-date";
import { normaliseQuery, toSearchTerms } from "@/lib/content/search-terms";
import { shiftHeadings } from "@/lib/content/shift-headings";
import { highlightTerms, makeSnippet } from "@/lib/content/snippet";
import { telHref } from "@/lib/content/tel-href";

describe("telHref", () => {
  it("keeps only digits, so the free number dials on a phone", () => {
    expect(telHref("0800 12 345")).toBe("tel:080012345");
    expect(telHref("015/29.85.00")).toBe("tel:015298500");
  });

  it("keeps a leading + for international numbers", () => {
    expect(telHref(" +32 470 12 34 56 ")).toBe("tel:+32470123456");
  });
});

describe("normaliseQuery and toSearchTerms", () => {
  it("trims, collapses spaces, takes the first value and cuts long input", () => {
    expect(normaliseQuery("  koffie   babbel ")).toBe("koffie babbel");
    expect(normaliseQuery(["wandelen", "x"])).toBe("wandelen");
    expect(normaliseQuery(undefined)).toBe("");
    expect(normaliseQuery("a".repeat(500))).toHaveLength(100);
  });

  it("splits into lower-case words of at least two letters, without duplicates", () => {
    expect(toSearchTerms("Koffie, babbel! koffie a")).toEqual(["koffie", "babbel"]);
    expect(toSearchTerms("'zorgzame' buur.")).toEqual(["zorgzame", "buur"]);
    expect(toSearchTerms("x")).toEqual([]);
  });
});

describe("makeSnippet", () => {
  const text = `${"Inleiding zonder het woord. ".repeat(12)}Hier gaan we samen wandelen in het park. ${"Nog meer tekst achteraf. ".repeat(12)}`;

  it("returns short text unchanged", () => {
    expect(makeSnippet("Korte tekst.", ["tekst"])).toBe("Korte tekst.");
  });

  it("shows the text around the first match, with ellipses where text was left out", () => {
    const snippet = makeSnippet(text, ["wandelen"]);
    expect(snippet).toContain("wandelen");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(182);
  });

  it("starts at the beginning when nothing matches", () => {
    expect(makeSnippet(text, ["fiets"]).startsWith("Inleiding")).toBe(true);
  });
});

describe("highlightTerms", () => {
  it("marks every occurrence of a term, case-insensitively", () => {
    expect(highlightTerms("Wandelen en nog eens wandelen", ["wandelen"])).toEqual([
      { text: "Wandelen", match: true },
      { text: " en nog eens ", match: false },
      { text: "wandelen", match: true },
    ]);
  });

  it("treats terms as text, not as patterns", () => {
    expect(highlightTerms("kost 1.5 euro", ["1.5"])).toEqual([
      { text: "kost ", match: false },
      { text: "1.5", match: true },
      { text: " euro", match: false },
    ]);
    expect(highlightTerms("geen", [])).toEqual([{ text: "geen", match: false }]);
  });
});

describe("shiftHeadings", () => {
  it("moves h2 and h3 down so a body fits under a section heading", () => {
    expect(shiftHeadings("<h2>A</h2><p>x</p><h3>B</h3>", 4)).toBe("<h4>A</h4><p>x</p><h5>B</h5>");
  });

  it("never goes below h6 and leaves top-level bodies alone", () => {
    expect(shiftHeadings("<h4>C</h4>", 5)).toBe("<h6>C</h6>");
    expect(shiftHeadings("<h2>A</h2>", 2)).toBe("<h2>A</h2>");
  });
});

describe("formatDate and formatPeriod", () => {
  const now = new Date("2026-11-23T12:00:00Z");

  it("writes dates in Dutch, in Belgian time", () => {
    expect(formatDate(new Date("2026-03-31T23:30:00Z"))).toBe("1 april 2026");
  });

  it("uses the right tense for past, running and future campaigns", () => {
    expect(formatPeriod(new Date("2026-09-28"), new Date("2026-10-04"), now)).toBe(
      "Liep van 28 september 2026 tot 4 oktober 2026",
    );
    expect(formatPeriod(new Date("2026-11-02"), new Date("2027-01-31"), now)).toBe(
      "Van 2 november 2026 tot 31 januari 2027",
    );
    expect(formatPeriod(new Date("2021-03-18"), null, now)).toBe("Sinds 18 maart 2021");
    expect(formatPeriod(new Date("2027-01-01"), null, now)).toBe("Vanaf 1 januari 2027");
    expect(formatPeriod(null, null, now)).toBeNull();
  });
});
