import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getPublishedOffer } from "@/lib/content/get-offer";
import { listFeaturedOffers } from "@/lib/content/list-featured-offers";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { listOffers } from "@/lib/content/list-offers";
import { loadContent } from "../../prisma/seed/load-content";

const DRAFT_SLUG = "content-test-concept-aanbod";

beforeAll(async () => {
  // Other test files share this database: load the demo content only once.
  if ((await prisma.offer.count({ where: { slug: "de-keeting" } })) === 0) await loadContent(prisma);
  await prisma.offer.create({
    data: {
      slug: DRAFT_SLUG,
      title: "Concept: koffie bij de buren",
      summary: "Nog niet gepubliceerd.",
      body: "Koffie",
      kind: "MEETING_PLACE",
      targetGroups: ["EVERYONE"],
      status: "DRAFT",
    },
  });
});

afterAll(async () => {
  await prisma.offer.deleteMany({ where: { slug: DRAFT_SLUG } });
});

describe("listOffers", () => {
  it("lists only published offers, alphabetically", async () => {
    const offers = await listOffers();
    const published = await prisma.offer.count({ where: { status: "PUBLISHED" } });
    expect(offers).toHaveLength(published);
    expect(offers.map((o) => o.slug)).not.toContain(DRAFT_SLUG);
    const titles = offers.map((o) => o.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("filters by kind and by target group", async () => {
    const places = await listOffers({ kind: "MEETING_PLACE" });
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((o) => o.kind === "MEETING_PLACE")).toBe(true);

    const youth = await listOffers({ targetGroup: "YOUTH" });
    expect(youth.length).toBeGreaterThan(0);
    expect(youth.every((o) => o.targetGroups.includes("YOUTH"))).toBe(true);
  });

  it("with a neighbourhood, finds the offers there and those for the whole city, local ones first", async () => {
    const offers = await listOffers({ neighbourhood: "binnenstad" });
    expect(offers.some((o) => o.neighbourhood?.slug === "binnenstad")).toBe(true);
    expect(offers.some((o) => o.neighbourhood === null)).toBe(true);
    expect(offers.every((o) => o.neighbourhood === null || o.neighbourhood.slug === "binnenstad")).toBe(true);
    const firstCityWide = offers.findIndex((o) => o.neighbourhood === null);
    expect(offers.slice(firstCityWide).every((o) => o.neighbourhood === null)).toBe(true);
  });

  it("searches title, summary and body without regard to case, every word anywhere", async () => {
    const byTitle = await listOffers({ q: "KEETING" });
    expect(byTitle.map((o) => o.slug)).toContain("de-keeting");

    const words = await listOffers({ q: "draaischijf koffie" });
    expect(words.map((o) => o.slug)).toContain("de-draaischijf");

    expect(await listOffers({ q: "zzzgeenresultaatzzz" })).toEqual([]);
  });

  it("combines filters", async () => {
    const offers = await listOffers({ kind: "ACTIVITY", neighbourhood: "muizen", targetGroup: "SENIORS" });
    expect(offers.length).toBeGreaterThan(0);
    for (const o of offers) {
      expect(o.kind).toBe("ACTIVITY");
      expect(o.targetGroups).toContain("SENIORS");
      expect([null, "muizen"]).toContain(o.neighbourhood?.slug ?? null);
    }
  });
});

describe("getPublishedOffer", () => {
  it("returns a published offer with its organisation and neighbourhood", async () => {
    const offer = await getPublishedOffer("de-draaischijf");
    expect(offer?.title).toMatch(/Draaischijf/);
    expect(offer?.organisation?.name).toBeTruthy();
    expect(offer?.neighbourhood?.slug).toBe("mechelen-noord");
  });

  it("returns null for unknown and unpublished slugs", async () => {
    expect(await getPublishedOffer("bestaat-niet")).toBeNull();
    expect(await getPublishedOffer(DRAFT_SLUG)).toBeNull();
  });
});

describe("listFeaturedOffers", () => {
  it("picks the requested number of published offers, of different kinds", async () => {
    const offers = await listFeaturedOffers(3);
    expect(offers).toHaveLength(3);
    expect(new Set(offers.map((o) => o.kind)).size).toBe(3);
    expect(offers.map((o) => o.slug)).not.toContain(DRAFT_SLUG);
  });
});

describe("listNeighbourhoods", () => {
  it("lists districts and sub-municipalities in list order", async () => {
    const hoods = await listNeighbourhoods();
    expect(hoods[0]?.slug).toBe("binnenstad");
    expect(hoods.some((n) => n.kind === "SUB_MUNICIPALITY")).toBe(true);
  });
});
