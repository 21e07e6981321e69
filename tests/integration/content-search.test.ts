import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { searchSite } from "@/lib/content/search-site";
import { loadContent } from "../../prisma/seed/load-content";

const DRAFT = "content-test-zoek-concept";

beforeAll(async () => {
  // Other test files share this database: load the demo content only once.
  if ((await prisma.offer.count({ where: { slug: "de-keeting" } })) === 0) await loadContent(prisma);
  await prisma.offer.create({
    data: {
      slug: DRAFT,
      title: "Geheimzinnigwoord in een concept",
      summary: "Geheimzinnigwoord",
      body: "Geheimzinnigwoord",
      kind: "ACTIVITY",
      status: "DRAFT",
    },
  });
});

afterAll(async () => {
  await prisma.offer.deleteMany({ where: { slug: DRAFT } });
});

describe("searchSite", () => {
  it("searches nothing for an empty or too short query", async () => {
    expect(await searchSite("")).toMatchObject({ total: 0, groups: [] });
    expect(await searchSite("a")).toMatchObject({ total: 0, groups: [] });
  });

  it("finds offers, pages, actions, testimonies and campaigns, grouped and linked", async () => {
    const search = await searchSite("eenzaamheid");
    expect(search.total).toBeGreaterThan(0);
    expect(search.total).toBe(search.groups.reduce((n, g) => n + g.results.length, 0));
    const types = search.groups.map((g) => g.type);
    expect(types).toContain("page");
    for (const group of search.groups) {
      for (const result of group.results) {
        expect(result.type).toBe(group.type);
        expect(result.href).toMatch(/^\//);
        expect(result.title.length).toBeGreaterThan(0);
        expect(result.snippet).not.toMatch(/[<>]|\*\*|##/);
      }
    }
  });

  it("links to the right places", async () => {
    const offers = (await searchSite("keeting")).groups.find((g) => g.type === "offer");
    expect(offers?.results.map((r) => r.href)).toContain("/aanbod/de-keeting");

    const actions = (await searchSite("intervisie")).groups.find((g) => g.type === "action");
    expect(actions?.results.map((r) => r.href)).toContain("/actieplan#actie-7");

    const campaigns = (await searchSite("zorg voor elkaar")).groups.find((g) => g.type === "campaign");
    expect(campaigns?.results.map((r) => r.href)).toContain("/campagnes/zorg-voor-elkaar-en-voor-jezelf");
  });

  it("is case-insensitive, puts title matches first and puts the match in the snippet", async () => {
    const search = await searchSite("WANDELEN");
    const offers = search.groups.find((g) => g.type === "offer")!;
    expect(offers.results[0]?.title.toLowerCase()).toContain("wandel");
    expect(offers.results.some((r) => r.snippet.toLowerCase().includes("wandelen"))).toBe(true);
  });

  it("never shows unpublished content", async () => {
    expect((await searchSite("geheimzinnigwoord")).total).toBe(0);
  });
});
