import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { getMyLink } from "@/lib/volunteer-portal/get-my-link";
import { isLinkHiddenFromSession } from "@/lib/volunteer-portal/link-hidden-from-session";
import { listMyLinks } from "@/lib/volunteer-portal/list-my-links";
import { logMyLinkContact } from "@/lib/volunteer-portal/log-my-link-contact";
import { LINK_NOT_FOUND } from "@/lib/volunteer-portal/portal-refusal";
import { raiseConcern } from "@/lib/volunteer-portal/raise-concern";
import { requestPause } from "@/lib/volunteer-portal/request-pause";
import { respondToMyLink } from "@/lib/volunteer-portal/respond-to-my-link";
import { createVolunteerSession, endVolunteerSession } from "@/lib/volunteer-portal/volunteer-sessions";
import { makeStaff, refusal } from "./staff-fixtures";
import { ensureContent, timelineOf } from "./staff-request-fixtures";
import { makeLink, makeVolunteer, volunteerActor } from "./volunteer-portal-fixtures";

const db = createPrismaClient();

beforeAll(() => ensureContent(db));

const ALLOWED_KEYS = [
  "activity",
  "durationWeeks",
  "endedAt",
  "id",
  "kind",
  "lastContactAt",
  "person",
  "plan",
  "startsOn",
  "status",
  "timesPerWeek",
];

describe("a volunteer's own links", () => {
  it("show only their links, and of the person only first name, phone and neighbourhood", async () => {
    const me = await makeVolunteer(db);
    const other = await makeVolunteer(db);
    const mine = await makeLink(db, me.id);
    await makeLink(db, other.id);
    const links = await listMyLinks(volunteerActor(me.id), { db });
    expect(links.map((l) => l.id)).toEqual([mine.link.id]);
    const [link] = links;
    expect(Object.keys(link!).sort()).toEqual(ALLOWED_KEYS);
    // A proposal they may still decline: no phone number yet.
    expect(link!.person).toEqual({
      firstName: mine.person.firstName,
      phoneE164: null,
      neighbourhood: mine.neighbourhood?.name ?? null,
    });
    const text = JSON.stringify(links);
    for (const secret of [
      mine.person.lastName!,
      mine.person.email!,
      mine.person.streetAddress!,
      "Geheim bericht",
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it("show the phone number only while they are in touch (accepted or active)", async () => {
    const me = await makeVolunteer(db);
    const shown: Record<string, string | null> = {};
    for (const status of ["PROPOSED", "ACCEPTED", "ACTIVE", "ENDED"] as const) {
      const { link } = await makeLink(db, me.id, { status });
      if (status === "ENDED")
        await db.volunteerLink.update({ where: { id: link.id }, data: { endedAt: new Date() } });
      shown[status] = (await getMyLink(volunteerActor(me.id), link.id, { db })).person.phoneE164;
    }
    expect(shown).toEqual({ PROPOSED: null, ACCEPTED: "+32470123456", ACTIVE: "+32470123456", ENDED: null });
  });

  it("leave out a request about someone else until that person consented", async () => {
    const me = await makeVolunteer(db);
    const reporter = { firstName: "Buur", phoneE164: "+32470000001" };
    const reported = await makeLink(db, me.id, {
      request: { requestFor: "SOMEONE_ELSE", subjectConsent: "REPORTED", reporter },
    });
    const consented = await makeLink(db, me.id, {
      request: { requestFor: "SOMEONE_ELSE", subjectConsent: "CONSENTED", reporter },
    });
    const actor = volunteerActor(me.id);
    expect((await listMyLinks(actor, { db })).map((l) => l.id)).toEqual([consented.link.id]);
    const error = await refusal(getMyLink(actor, reported.link.id, { db }));
    expect(error.message).toBe(LINK_NOT_FOUND);
    // Acting on it is refused the same way, inside the use case itself (changeLink).
    const steps = [
      () => respondToMyLink(actor, reported.link.id, { answer: "accept" }, { db }),
      () => logMyLinkContact(actor, reported.link.id, { kind: "CALLED" }, { db }),
      () => raiseConcern(actor, reported.link.id, { category: "OTHER", body: "zorg" }, { db }),
    ];
    // One after the other: each is a function, so no refusal goes unhandled while another is awaited.
    for (const step of steps) await expect(step()).rejects.toThrow(LINK_NOT_FOUND);
    const after = await db.volunteerLink.findUniqueOrThrow({ where: { id: reported.link.id } });
    expect(after.status).toBe(reported.link.status);
    expect(await db.concern.count({ where: { linkId: reported.link.id } })).toBe(0);
    expect(await db.linkContact.count({ where: { linkId: reported.link.id } })).toBe(0);
  });

  it("show a link that ended recently, not one that ended long ago, nor a declined one", async () => {
    const me = await makeVolunteer(db);
    const recent = await makeLink(db, me.id, { status: "ENDED" });
    await db.volunteerLink.update({ where: { id: recent.link.id }, data: { endedAt: new Date() } });
    const old = await makeLink(db, me.id, { status: "ENDED" });
    await db.volunteerLink.update({ where: { id: old.link.id }, data: { endedAt: new Date("2020-01-01") } });
    await makeLink(db, me.id, { status: "DECLINED" });
    expect((await listMyLinks(volunteerActor(me.id), { db })).map((l) => l.id)).toEqual([recent.link.id]);
  });
});

describe("someone else's link", () => {
  async function strangersLink() {
    const me = await makeVolunteer(db);
    const other = await makeVolunteer(db);
    const theirs = await makeLink(db, other.id, { status: "ACCEPTED" });
    const before = await snapshot(theirs.link.id, theirs.helpRequest.id);
    return { actor: volunteerActor(me.id), theirs, before };
  }

  async function snapshot(linkId: string, requestId: string) {
    return {
      link: await db.volunteerLink.findUniqueOrThrow({ where: { id: linkId } }),
      contacts: await db.linkContact.count({ where: { linkId } }),
      concerns: await db.concern.count({ where: { linkId } }),
      timeline: (await timelineOf(db, requestId)).length,
    };
  }

  const cases = {
    "reading it": (actor, id) => getMyLink(actor, id, { db }),
    "accepting it": (actor, id) => respondToMyLink(actor, id, { answer: "accept" }, { db }),
    "declining it": (actor, id) => respondToMyLink(actor, id, { answer: "decline", reason: "nee" }, { db }),
    "logging a contact": (actor, id) => logMyLinkContact(actor, id, { kind: "CALLED" }, { db }),
    "raising a concern": (actor, id) => raiseConcern(actor, id, { category: "OTHER", body: "zorg" }, { db }),
  } satisfies Record<string, (actor: ReturnType<typeof volunteerActor>, id: string) => Promise<unknown>>;

  for (const [label, act] of Object.entries(cases)) {
    it(`is refused like a link that doesn't exist, when ${label}, and nothing changes`, async () => {
      const { actor, theirs, before } = await strangersLink();
      const onTheirs = await refusal(act(actor, theirs.link.id));
      const onNothing = await refusal(act(actor, "bestaat-niet-123"));
      expect(onTheirs.code).toBe("not-found");
      expect([onTheirs.code, onTheirs.message]).toEqual([onNothing.code, onNothing.message]);
      expect(await snapshot(theirs.link.id, theirs.helpRequest.id)).toEqual(before);
    });
  }
});

describe("acting on one's own link", () => {
  it("accepts a proposal, with a timeline entry and an audit row", async () => {
    const me = await makeVolunteer(db);
    const { link, helpRequest } = await makeLink(db, me.id);
    await respondToMyLink(volunteerActor(me.id), link.id, { answer: "accept" }, { db });
    expect((await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("ACCEPTED");
    const timeline = await timelineOf(db, helpRequest.id);
    expect(timeline.find((e) => e.type === "LINK_ACCEPTED")?.actorVolunteerId).toBe(me.id);
    const audit = await db.auditEvent.findFirst({
      where: { action: "volunteer-link.respond", entityId: link.id },
    });
    expect(audit?.actorLabel).toBe(`vrijwilliger ${me.id}`);
    await expect(
      respondToMyLink(volunteerActor(me.id), link.id, { answer: "decline" }, { db }),
    ).rejects.toThrow("al geantwoord");
  });

  it("declines a proposal with a reason", async () => {
    const me = await makeVolunteer(db);
    const { link, helpRequest } = await makeLink(db, me.id);
    await respondToMyLink(volunteerActor(me.id), link.id, { answer: "decline", reason: "Te ver" }, { db });
    const after = await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } });
    expect([after.status, after.endReason]).toEqual(["DECLINED", "Te ver"]);
    expect((await timelineOf(db, helpRequest.id)).some((e) => e.type === "LINK_DECLINED")).toBe(true);
  });

  it("logs a contact in one tap; the first one starts an accepted link", async () => {
    const me = await makeVolunteer(db);
    const { link, helpRequest } = await makeLink(db, me.id, { status: "ACCEPTED" });
    const now = new Date("2026-11-23T12:00:00Z");
    await logMyLinkContact(volunteerActor(me.id), link.id, { kind: "VISITED" }, { db, now });
    const after = await db.volunteerLink.findUniqueOrThrow({
      where: { id: link.id },
      include: { contacts: true },
    });
    expect(after.status).toBe("ACTIVE");
    expect(after.lastContactAt).toEqual(now);
    expect(after.nextCheckInAt).toEqual(new Date("2026-11-30T12:00:00Z"));
    expect(after.contacts.map((c) => c.kind)).toEqual(["VISITED"]);
    const types = (await timelineOf(db, helpRequest.id)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["LINK_STARTED", "LINK_CONTACT"]));
  });

  it("refuses a contact on a proposal not yet accepted", async () => {
    const me = await makeVolunteer(db);
    const { link } = await makeLink(db, me.id);
    const error = await refusal(logMyLinkContact(volunteerActor(me.id), link.id, { kind: "CALLED" }, { db }));
    expect(error.code).toBe("transition-refused");
  });

  it("raises a concern: a row for Vandaag, a timeline entry, and a mail with reference and category only", async () => {
    const coordinator = await makeStaff(db, "VOLUNTEER_COORDINATOR");
    const me = await makeVolunteer(db);
    const { link, helpRequest } = await makeLink(db, me.id, { status: "ACTIVE" });
    const body = `Ze at niet meer ${link.id}`;
    const { concernId } = await raiseConcern(
      volunteerActor(me.id),
      link.id,
      { category: "HEALTH_WORSE", body },
      { db },
    );
    const concern = await db.concern.findUniqueOrThrow({ where: { id: concernId } });
    expect(concern).toMatchObject({
      helpRequestId: helpRequest.id,
      linkId: link.id,
      volunteerId: me.id,
      body,
    });
    const event = (await timelineOf(db, helpRequest.id)).find((e) => e.type === "CONCERN_RAISED");
    expect(event?.actorVolunteerId).toBe(me.id);
    expect(event?.data).toEqual({ linkId: link.id, category: "HEALTH_WORSE" });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "volunteer-link.raise-concern", entityId: link.id },
    });
    expect(audit.actorLabel).toBe(`vrijwilliger ${me.id}`);
    expect(audit.data).toMatchObject({ category: "HEALTH_WORSE", concernId });
    expect(JSON.stringify(audit.data)).not.toContain(body);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: coordinator.email } });
    expect(mail.subject).toContain(helpRequest.reference);
    expect(mail.textBody).toContain("De gezondheid gaat achteruit");
    expect(mail.textBody).toContain("zie Tezamen");
    expect(mail.textBody).not.toContain(body);
    expect(mail.textBody).not.toContain(helpRequest.person.firstName);
  });

  it("asks for a pause: noted on the volunteer, in their history, and mailed to the coordinators", async () => {
    const coordinator = await makeStaff(db, "VOLUNTEER_COORDINATOR");
    const me = await makeVolunteer(db);
    await requestPause(volunteerActor(me.id), { note: "Mijn knie" }, { db });
    const after = await db.volunteer.findUniqueOrThrow({ where: { id: me.id }, include: { events: true } });
    expect(after.pauseRequestedAt).not.toBeNull();
    expect(after.pauseRequestNote).toBe("Mijn knie");
    expect(after.events.map((e) => e.type)).toEqual(["PAUSE_REQUESTED"]);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: coordinator.email } });
    expect(mail.textBody).not.toContain("Mijn knie");
    expect(mail.textBody).not.toContain(me.lastName);
  });
});

describe("the proxy's not-found check (isLinkHiddenFromSession)", () => {
  it("hides links the signed-in volunteer may not see, and leaves everything else to the page", async () => {
    const me = await makeVolunteer(db);
    const mine = await makeLink(db, me.id, { status: "ACTIVE" });
    const theirs = await makeLink(db, (await makeVolunteer(db)).id, { status: "ACTIVE" });
    const token = await createVolunteerSession(me.id, { db });
    expect(await isLinkHiddenFromSession(token, mine.link.id, { db })).toBe(false);
    expect(await isLinkHiddenFromSession(token, theirs.link.id, { db })).toBe(true);
    expect(await isLinkHiddenFromSession(token, "bestaat-niet-123", { db })).toBe(true);
    // Not signed in (or no longer): the page sends them to the sign-in page instead.
    expect(await isLinkHiddenFromSession(undefined, theirs.link.id, { db })).toBe(false);
    expect(await isLinkHiddenFromSession("onbekend", theirs.link.id, { db })).toBe(false);
    await endVolunteerSession(token, { db });
    expect(await isLinkHiddenFromSession(token, theirs.link.id, { db })).toBe(false);
  });
});
