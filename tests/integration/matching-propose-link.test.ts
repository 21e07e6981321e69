// Suggestions and proposing a link against the real database: who is
// suggested and why, when a request can't be linked, what a proposal writes
// (link, status, timeline, audit, mail without personal data), its refusals,
// the permission per role, and two coordinators racing for a volunteer's
// last free place.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/auth/actor";
import { createPrismaClient } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError } from "@/lib/help-requests/domain-error";
import { MESSAGES } from "@/lib/help-requests/lifecycle";
import { MATCH_REFUSALS } from "@/lib/matching/link-refusal";
import { suggestVolunteers } from "@/lib/matching/suggest-volunteers";
import type { ProposeLinkInput } from "@/lib/validation/propose-link-schema";
import { PROPOSE_REFUSALS, proposeLink } from "@/lib/volunteer-links/propose-link";
import { actorOf, makeStaff, refusal, ROLES } from "./staff-fixtures";
import { auditOf, ensureContent, makeRequest, timelineOf } from "./staff-request-fixtures";

const db = createPrismaClient();
let coordinator: ReturnType<typeof actorOf>;
// A neighbourhood, one that borders it, and one that doesn't.
let home: string;
let next: string;
let far: string;

async function volunteer(extra: Partial<Prisma.VolunteerUncheckedCreateInput> = {}) {
  return db.volunteer.create({
    data: {
      status: "ACTIVE",
      firstName: "Mira",
      lastName: `Match-${randomUUID().slice(0, 6)}`,
      email: `match-${randomUUID()}@example.org`,
      // Other test files share the database: every test filters the suggestions to its own volunteers.
      activities: ["CHAT_OR_CALL"],
      neighbourhoodId: home,
      screenedAt: new Date("2026-01-01T00:00:00Z"),
      conductCertificateOn: new Date("2025-12-01T00:00:00Z"),
      activatedAt: new Date("2026-01-02T00:00:00Z"),
      ...extra,
    },
  });
}

const assessed = (extra: Parameters<typeof makeRequest>[1] = {}) =>
  makeRequest(db, { status: "ASSESSED", neighbourhoodId: home, needs: ["CHAT_OR_CALL"], ...extra });

const proposal = (
  requestId: string,
  volunteerId: string,
  extra: Record<string, string> = {},
): ProposeLinkInput => ({
  requestId,
  volunteerId,
  activity: "CHAT_OR_CALL",
  kind: "ONE_OFF",
  ...(extra as Partial<ProposeLinkInput>),
});

beforeAll(async () => {
  await ensureContent(db);
  coordinator = actorOf(await makeStaff(db, "VOLUNTEER_COORDINATOR"));
  const hoods = await db.neighbourhood.findMany({
    select: { id: true, adjacentTo: { select: { id: true } }, adjacentFrom: { select: { id: true } } },
    orderBy: { slug: "asc" },
  });
  const touching = (h: (typeof hoods)[number]) =>
    new Set([...h.adjacentTo, ...h.adjacentFrom].map((x) => x.id));
  const withBoth = hoods.find((h) => touching(h).size > 0 && touching(h).size < hoods.length - 1)!;
  home = withBoth.id;
  next = [...touching(withBoth)][0]!;
  far = hoods.find((h) => h.id !== home && !touching(withBoth).has(h.id))!.id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("suggestVolunteers", () => {
  it("ranks the eligible volunteers and says why the others are left out", async () => {
    const request = await assessed({ person: { firstName: "Odette" } });
    await db.helpRequest.update({ where: { id: request.id }, data: { language: "fr" } });
    const same = await volunteer({ languages: ["nl", "fr"] });
    const adjacent = await volunteer({ neighbourhoodId: next, languages: ["fr"] });
    const sameDutch = await volunteer({ languages: ["nl"] });
    const tooFar = await volunteer({ neighbourhoodId: far });
    const paused = await volunteer({ status: "PAUSED" });
    const unscreened = await volunteer({ screenedAt: null });
    const full = await volunteer({ maxActiveLinks: 1 });
    await db.volunteerLink.create({
      data: { helpRequestId: (await assessed()).id, volunteerId: full.id, activity: "CHAT_OR_CALL" },
    });
    const mine = new Set([same, adjacent, sameDutch, tooFar, paused, unscreened, full].map((v) => v.id));

    const result = await suggestVolunteers(coordinator, request.id, {
      limit: 10_000,
      withExclusions: true,
      excludedLimit: 10_000,
    });
    if (!result.allowed) throw new Error(result.reason);
    const ids = result.suggestions.map((s) => s.volunteer.id).filter((id) => mine.has(id));
    expect(ids).toEqual([same.id, sameDutch.id, adjacent.id]);
    const first = result.suggestions.find((s) => s.volunteer.id === same.id)!;
    expect(first.explanation).toMatch(
      /^zelfde wijk · spreekt Frans · 0 van 2 koppelingen · nog nooit gekoppeld, wacht al \d+ maanden/,
    );
    const why = Object.fromEntries(
      result.excluded.filter((e) => mine.has(e.volunteer.id)).map((e) => [e.volunteer.id, e.reason]),
    );
    // Only ACTIVE volunteers are loaded: the paused one is not even a candidate.
    expect(why).toEqual({ [tooFar.id]: "OUT_OF_RANGE", [unscreened.id]: "NOT_SCREENED", [full.id]: "FULL" });

    // The fast path (no exclusions asked) filters in SQL and agrees with the ranking.
    const fast = await suggestVolunteers(coordinator, request.id, { limit: 10_000 });
    if (!fast.allowed) throw new Error(fast.reason);
    expect(fast.suggestions.map((s) => s.volunteer.id).filter((id) => mine.has(id))).toEqual(ids);
    expect(fast.excluded).toEqual([]);
  });

  it("reads a volunteer whose lists were left NULL (languages, availability) as empty ones", async () => {
    const request = await assessed();
    const v = await volunteer();
    await db.$executeRaw`UPDATE "Volunteer" SET "languages" = NULL, "availability" = NULL WHERE "id" = ${v.id}`;
    const result = await suggestVolunteers(coordinator, request.id, { limit: 10_000 });
    if (!result.allowed) throw new Error(result.reason);
    const mine = result.suggestions.find((s) => s.volunteer.id === v.id)!;
    expect(mine.sharedLanguage).toBe(false);
    expect(mine.explanation).toContain("spreekt geen Nederlands");
  });

  it("explains why a request can't be linked yet", async () => {
    const contacted = await makeRequest(db, { status: "CONTACTED" });
    expect(await suggestVolunteers(coordinator, contacted.id)).toEqual({
      allowed: false,
      reason: MESSAGES.assessFirst,
    });
    const aboutSomeoneElse = await assessed({ reporter: { firstName: "Buur" }, subjectConsent: "ASKED" });
    expect(await suggestVolunteers(coordinator, aboutSomeoneElse.id)).toEqual({
      allowed: false,
      reason: MATCH_REFUSALS.consent,
    });
    const consented = await assessed({ reporter: { firstName: "Buur" }, subjectConsent: "CONSENTED" });
    expect((await suggestVolunteers(coordinator, consented.id)).allowed).toBe(true);
  });

  it("is for the roles with link:manage only", async () => {
    const request = await assessed();
    for (const role of ROLES) {
      const actor = actorOf(await makeStaff(db, role));
      const call = suggestVolunteers(actor, request.id);
      if (role === "EDITOR" || role === "REPORTER")
        expect(await refusal(call)).toBeInstanceOf(ForbiddenError);
      else expect((await call).allowed).toBe(true);
    }
  });
});

describe("proposeLink", () => {
  it("writes the link, ASSESSED → LINKED, the timeline, the audit event and a mail without personal data", async () => {
    const request = await assessed({ person: { firstName: "Odette", lastName: "Geheim" } });
    const v = await volunteer({ firstName: "Mira" });
    const now = new Date("2026-11-23T10:00:00Z");
    const result = await proposeLink(
      coordinator,
      proposal(request.id, v.id, {
        kind: "RECURRING",
        plan: "Twee keer per week bellen",
        timesPerWeek: "2",
        durationWeeks: "6",
        startsOn: "2026-11-30",
      }),
      { db, now },
    );
    expect(result.status).toBe("LINKED");
    const link = await db.volunteerLink.findUniqueOrThrow({ where: { id: result.linkId } });
    expect(link).toMatchObject({
      status: "PROPOSED",
      kind: "RECURRING",
      activity: "CHAT_OR_CALL",
      plan: "Twee keer per week bellen",
      timesPerWeek: 2,
      durationWeeks: 6,
      proposedById: coordinator.id,
    });
    expect(link.startsOn?.toISOString().slice(0, 10)).toBe("2026-11-30");
    const event = (await timelineOf(db, request.id)).find((e) => e.type === "LINK_PROPOSED")!;
    expect(event).toMatchObject({ type: "LINK_PROPOSED", fromStatus: "ASSESSED", toStatus: "LINKED" });
    expect(event.actorStaffId).toBe(coordinator.id);
    const audit = (await auditOf(db, request.id)).find((e) => e.action === "help-request.propose-link")!;
    expect(audit.data).toMatchObject({ linkId: link.id, volunteerId: v.id, from: "ASSESSED", to: "LINKED" });
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: v.email!, createdAt: now } });
    expect(mail.subject).toBe("Er is een nieuwe vraag voor jou");
    expect(mail.textBody).toContain("/vrijwilliger");
    expect(mail.textBody).not.toMatch(/Odette|Geheim|babbel|telefoon/i);
  });

  it("adds a further link on a LINKED request without changing its status", async () => {
    const request = await assessed();
    await proposeLink(coordinator, proposal(request.id, (await volunteer()).id), { db });
    const second = await proposeLink(coordinator, proposal(request.id, (await volunteer()).id), { db });
    expect(second.status).toBe("LINKED");
    expect(await db.volunteerLink.count({ where: { helpRequestId: request.id } })).toBe(2);
  });

  it("refuses in Dutch and writes nothing when the volunteer or the request doesn't fit", async () => {
    const request = await assessed({ needs: ["CHAT_OR_CALL", "DIGITAL_HELP"] });
    const cases: [string, Record<string, string>, string][] = [
      [(await volunteer({ status: "PAUSED" })).id, {}, PROPOSE_REFUSALS.notActive],
      [(await volunteer({ conductCertificateOn: null })).id, {}, PROPOSE_REFUSALS.notScreened],
      [(await volunteer()).id, { activity: "DIGITAL_HELP" }, PROPOSE_REFUSALS.activityNotOffered],
      [(await volunteer()).id, { activity: "VISIT_OR_WALK" }, PROPOSE_REFUSALS.activityNotNeeded],
      [(await volunteer({ neighbourhoodId: far })).id, {}, PROPOSE_REFUSALS.outOfRange],
      [(await volunteer({ maxActiveLinks: 0 })).id, {}, PROPOSE_REFUSALS.full],
      [randomUUID().replaceAll("-", ""), {}, PROPOSE_REFUSALS.volunteerMissing],
    ];
    for (const [volunteerId, extra, message] of cases) {
      const error = await refusal(proposeLink(coordinator, proposal(request.id, volunteerId, extra), { db }));
      expect(error).toBeInstanceOf(DomainError);
      expect(error.message).toBe(message);
    }
    const recurringWithoutPlan = await refusal(
      proposeLink(coordinator, proposal(request.id, (await volunteer()).id, { kind: "RECURRING" }), { db }),
    );
    expect(Object.keys(recurringWithoutPlan.fieldErrors ?? {})).toEqual([
      "plan",
      "timesPerWeek",
      "durationWeeks",
    ]);
    expect(await db.volunteerLink.count({ where: { helpRequestId: request.id } })).toBe(0);
    expect((await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("ASSESSED");
  });

  it("refuses a request about someone who did not agree, and one not assessed yet", async () => {
    const v = await volunteer();
    const noConsent = await assessed({ reporter: { firstName: "Buur" }, subjectConsent: "REPORTED" });
    const error = await refusal(proposeLink(coordinator, proposal(noConsent.id, v.id), { db }));
    expect(error).toMatchObject({ code: "consent-required", message: MATCH_REFUSALS.consent });
    const contacted = await makeRequest(db, { status: "CONTACTED", neighbourhoodId: home });
    expect((await refusal(proposeLink(coordinator, proposal(contacted.id, v.id), { db }))).message).toBe(
      MESSAGES.assessFirst,
    );
    expect(await db.volunteerLink.count({ where: { volunteerId: v.id } })).toBe(0);
  });

  it("is for the roles with link:manage only", async () => {
    for (const role of ROLES) {
      const actor = actorOf(await makeStaff(db, role));
      const call = proposeLink(actor, proposal((await assessed()).id, (await volunteer()).id), { db });
      if (role === "EDITOR" || role === "REPORTER")
        expect(await refusal(call)).toBeInstanceOf(ForbiddenError);
      else expect((await call).status).toBe("LINKED");
    }
  });
});

describe("two coordinators and the last free place", () => {
  it("lets exactly one of two simultaneous proposals through; the maximum is never exceeded", async () => {
    const other = actorOf(await makeStaff(db, "COORDINATOR"));
    for (let round = 0; round < 5; round++) {
      const v = await volunteer({ maxActiveLinks: 2 });
      await proposeLink(coordinator, proposal((await assessed()).id, v.id), { db });
      const [a, b] = [await assessed(), await assessed()];
      const outcomes = await Promise.allSettled([
        proposeLink(coordinator, proposal(a.id, v.id), { db }),
        proposeLink(other, proposal(b.id, v.id), { db }),
      ]);
      const refused = outcomes.filter((o) => o.status === "rejected");
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const reason = (refused[0] as PromiseRejectedResult).reason as DomainError;
      expect(reason).toBeInstanceOf(DomainError);
      expect(reason.message).toBe(PROPOSE_REFUSALS.full);
      expect(await db.volunteerLink.count({ where: { volunteerId: v.id } })).toBe(2);
      // The refused request stays as it was.
      const statuses = await db.helpRequest.findMany({
        where: { id: { in: [a.id, b.id] } },
        select: { status: true },
      });
      expect(statuses.map((s) => s.status).sort()).toEqual(["ASSESSED", "LINKED"]);
    }
  });
});
