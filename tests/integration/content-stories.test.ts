import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getActionPlan } from "@/lib/content/get-action-plan";
import { getPublishedCampaign } from "@/lib/content/get-campaign";
import { getPublishedPage } from "@/lib/content/get-page";
import { getPublishedTestimony } from "@/lib/content/get-testimony";
import { listPublishedCampaigns } from "@/lib/content/list-campaigns";
import { listPublishedTestimonies } from "@/lib/content/list-testimonies";
import { loadContent } from "../../prisma/seed/load-content";

const DRAFT = "content-test-concept";

beforeAll(async () => {
  // Other test files share this database: load the demo content only once.
  if ((await prisma.offer.count({ where: { slug: "de-keeting" } })) === 0) await loadContent(prisma);
  await prisma.testimony.create({
    data: { slug: DRAFT, title: "Concept", personName: "X", quote: "q", body: "b", status: "DRAFT" },
  });
  await prisma.campaign.create({
    data: { slug: DRAFT, title: "Concept", summary: "s", body: "b", status: "ARCHIVED" },
  });
});

afterAll(async () => {
  await prisma.testimony.deleteMany({ where: { slug: DRAFT } });
  await prisma.campaign.deleteMany({ where: { slug: DRAFT } });
});

describe("testimonies", () => {
  it("lists only published testimonies, with the example flag, and honours take", async () => {
    const all = await listPublishedTestimonies();
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.map((t) => t.slug)).not.toContain(DRAFT);
    expect(all.every((t) => typeof t.isExample === "boolean")).toBe(true);
    expect(await listPublishedTestimonies({ take: 2 })).toHaveLength(2);
  });

  it("gets a published testimony by slug, never a draft", async () => {
    const first = (await listPublishedTestimonies())[0]!;
    expect((await getPublishedTestimony(first.slug))?.body).toBeTruthy();
    expect(await getPublishedTestimony(DRAFT)).toBeNull();
    expect(await getPublishedTestimony("bestaat-niet")).toBeNull();
  });
});

describe("campaigns", () => {
  it("lists only published campaigns: running first, then still to come, then over", async () => {
    const now = new Date("2026-11-23T12:00:00Z");
    const all = await listPublishedCampaigns({ now });
    expect(all.map((c) => c.slug)).not.toContain(DRAFT);
    const phase = (c: (typeof all)[number]) =>
      c.endsOn && c.endsOn < now ? 2 : c.startsOn && c.startsOn > now ? 1 : 0;
    const phases = all.map(phase);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
    expect(await listPublishedCampaigns({ take: 1, now })).toHaveLength(1);
  });

  it("gets a published campaign by slug, never an archived one", async () => {
    expect((await getPublishedCampaign("zorg-voor-elkaar-en-voor-jezelf"))?.title).toBe(
      "Zorg voor elkaar en voor jezelf",
    );
    expect(await getPublishedCampaign(DRAFT)).toBeNull();
  });
});

describe("action plan and pages", () => {
  it("has 3 lines with the 9 actions numbered 1 to 9, in order", async () => {
    const lines = await getActionPlan();
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3]);
    expect(lines.flatMap((l) => l.actions.map((a) => a.number))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("reads the published information pages", async () => {
    for (const slug of ["home", "actieplan", "over-eenzaamheid", "privacy", "toegankelijkheid"]) {
      expect((await getPublishedPage(slug))?.title, slug).toBeTruthy();
    }
  });
});
