// The steps of a link after it was proposed: the volunteer's answer (by the
// volunteer, or recorded by staff), the start, contacts, check-ins and the
// end, each with its timeline and audit event; what each actor may do; and
// the acknowledgement of a volunteer's concern.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor, VolunteerActor } from "@/lib/auth/actor";
import { acknowledgeConcern } from "@/lib/concerns/acknowledge-concern";
import { createPrismaClient } from "@/lib/db";
import { closeRequest } from "@/lib/help-requests/close-request";
import { LINK_ENDED_WITH_REQUEST } from "@/lib/help-requests/end-request";
import { withdrawRequest } from "@/lib/help-requests/withdraw-request";
import { endLink } from "@/lib/volunteer-links/end-link";
import { listRequestLinks } from "@/lib/volunteer-links/list-request-links";
import { logLinkContact } from "@/lib/volunteer-links/log-link-contact";
import { recordCheckIn } from "@/lib/volunteer-links/record-check-in";
import { respondToLink } from "@/lib/volunteer-links/respond-to-link";
import { startLink } from "@/lib/volunteer-links/start-link";
import { makeLink, makeVolunteer } from "./link-follow-up-fixtures";
import { actorOf, makeStaff, refusal, ROLES } from "./staff-fixtures";
import { ensureContent, timelineOf } from "./staff-request-fixtures";

const db = createPrismaClient();
const DAY = 86_400_000;
const now = new Date("2026-11-23T10:00:00Z");
let staff: StaffActor;
const actors = {} as Record<(typeof ROLES)[number], StaffActor>;

beforeAll(async () => {
  await ensureContent(db);
  for (const role of ROLES) actors[role] = actorOf(await makeStaff(db, role));
  staff = actors.VOLUNTEER_COORDINATOR;
});

afterAll(async () => {
  await db.$disconnect();
});

const volunteer = (volunteerId: string): VolunteerActor => ({
  kind: "volunteer",
  volunteerId,
  ipHash: "vol-ip",
});
const linkAudit = (linkId: string) =>
  db.auditEvent.findMany({
    where: { entityType: "VolunteerLink", entityId: linkId },
    orderBy: { createdAt: "asc" },
  });

describe("respondToLink", () => {
  it("lets the volunteer accept their own proposal, with timeline and audit", async () => {
    const { link, request, volunteerId } = await makeLink(db);
    await respondToLink(volunteer(volunteerId), { linkId: link.id, answer: "ACCEPTED" }, { db, now });
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "ACCEPTED",
      acceptedAt: now,
    });
    const event = (await timelineOf(db, request.id)).find((e) => e.type === "LINK_ACCEPTED");
    expect(event).toMatchObject({
      actorVolunteerId: volunteerId,
      actorStaffId: null,
      data: { linkId: link.id },
    });
    const audit = await linkAudit(link.id);
    expect(audit.map((a) => [a.action, a.actorLabel])).toEqual([
      ["volunteer-link.respond", `vrijwilliger ${volunteerId}`],
    ]);
  });

  it("refuses a volunteer answering someone else's link, and changes nothing", async () => {
    const { link, request } = await makeLink(db);
    const stranger = await makeVolunteer(db);
    for (const answer of ["ACCEPTED", "DECLINED"] as const) {
      const error = await refusal(
        respondToLink(volunteer(stranger.id), { linkId: link.id, answer }, { db, now }),
      );
      expect(error).toMatchObject({ code: "not-found" });
    }
    const contact = await refusal(
      logLinkContact(volunteer(stranger.id), { linkId: link.id, kind: "CALLED" }, { db }),
    );
    expect(contact).toMatchObject({ code: "not-found" });
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "PROPOSED",
    });
    expect((await timelineOf(db, request.id)).map((e) => e.type)).toEqual(["RECEIVED"]);
    expect(await linkAudit(link.id)).toEqual([]);
  });

  it("records a decline heard by phone; the request waits to be linked again", async () => {
    const { link, request } = await makeLink(db);
    await respondToLink(staff, { linkId: link.id, answer: "DECLINED", note: "Heeft geen tijd" }, { db, now });
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "DECLINED",
      declinedAt: now,
    });
    expect(await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "ASSESSED",
    });
    const event = (await timelineOf(db, request.id)).find((e) => e.type === "LINK_DECLINED");
    expect(event).toMatchObject({ actorStaffId: staff.id, fromStatus: "LINKED", toStatus: "ASSESSED" });
    expect(event?.note).toBe(
      "De vrijwilliger heeft de koppeling geweigerd (doorgegeven aan een medewerker): Heeft geen tijd",
    );
  });

  it("keeps the request LINKED when another link still takes a place", async () => {
    const { link, request } = await makeLink(db);
    await db.volunteerLink.create({
      data: {
        activity: "CHAT_OR_CALL",
        status: "ACCEPTED",
        helpRequestId: request.id,
        volunteerId: (await makeVolunteer(db)).id,
      },
    });
    await respondToLink(staff, { linkId: link.id, answer: "DECLINED" }, { db, now });
    expect(await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "LINKED",
    });
  });

  it("refuses a second answer and an unknown link", async () => {
    const { link, volunteerId } = await makeLink(db, { status: "ACCEPTED" });
    expect(
      await refusal(respondToLink(volunteer(volunteerId), { linkId: link.id, answer: "DECLINED" }, { db })),
    ).toMatchObject({
      code: "transition-refused",
      message: "De vrijwilliger heeft op dit voorstel al geantwoord.",
    });
    expect(await refusal(respondToLink(staff, { linkId: "nope", answer: "ACCEPTED" }, { db }))).toMatchObject(
      {
        code: "not-found",
      },
    );
    expect(
      await refusal(respondToLink(staff, { linkId: link.id, answer: "" as "ACCEPTED" }, { db })),
    ).toMatchObject({
      code: "invalid-input",
    });
  });
});

describe("startLink", () => {
  it("starts an accepted link: start, first check-in a week later, last linked", async () => {
    const { link, request, volunteerId } = await makeLink(db, { status: "ACCEPTED" });
    const result = await startLink(staff, { linkId: link.id }, { db, now });
    expect(result.nextCheckInAt).toEqual(new Date(now.getTime() + 7 * DAY));
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "ACTIVE",
      startedAt: now,
      nextCheckInAt: new Date(now.getTime() + 7 * DAY),
    });
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: volunteerId } })).toMatchObject({
      lastLinkedAt: now,
    });
    expect((await timelineOf(db, request.id)).map((e) => e.type)).toContain("LINK_STARTED");
    expect((await linkAudit(link.id)).map((a) => a.actorStaffId)).toEqual([staff.id]);
  });

  it("refuses a proposal nobody accepted, a volunteer, and a closed request", async () => {
    const proposed = await makeLink(db);
    expect(await refusal(startLink(staff, { linkId: proposed.link.id }, { db }))).toMatchObject({
      message: "Een koppeling start pas als de vrijwilliger ze aanvaard heeft.",
    });
    const own = await makeLink(db, { status: "ACCEPTED" });
    const asVolunteer = startLink(
      volunteer(own.volunteerId) as unknown as StaffActor,
      { linkId: own.link.id },
      { db },
    );
    expect(await refusal(asVolunteer)).toMatchObject({ code: "not-found" });
    const closed = await makeLink(db, { status: "ACCEPTED" }, "CLOSED");
    expect(await refusal(startLink(staff, { linkId: closed.link.id }, { db }))).toMatchObject({
      code: "transition-refused",
    });
  });
});

describe("endLink", () => {
  it("needs a reason", async () => {
    const { link } = await makeLink(db, { status: "ACTIVE", startedAt: now });
    const error = await refusal(endLink(staff, { linkId: link.id, reason: " " }, { db }));
    expect(error).toMatchObject({
      code: "invalid-input",
      fieldErrors: { reason: "Schrijf kort waarom de koppeling stopt." },
    });
  });

  it("ends an active link, keeps the request LINKED, and refuses ending twice", async () => {
    const { link, request } = await makeLink(db, { status: "ACTIVE", startedAt: now });
    await endLink(staff, { linkId: link.id, reason: "Verhuisd" }, { db, now });
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "ENDED",
      endedAt: now,
      endReason: "Verhuisd",
      endedById: staff.id,
    });
    expect(await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "LINKED",
    });
    expect(await refusal(endLink(staff, { linkId: link.id, reason: "Nog eens" }, { db }))).toMatchObject({
      message: "Deze koppeling is al beëindigd.",
    });
  });

  it("ends a proposal before it started (the request waits again), also on a closed request", async () => {
    const { link, request } = await makeLink(db);
    await endLink(staff, { linkId: link.id, reason: "Toch niet nodig" }, { db, now });
    expect(await db.helpRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "ASSESSED",
    });
    const closed = await makeLink(db, { status: "ACCEPTED" }, "CLOSED");
    await endLink(staff, { linkId: closed.link.id, reason: "Aanvraag afgesloten" }, { db, now });
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: closed.link.id } })).toMatchObject({
      status: "ENDED",
    });
  });
});

describe("logLinkContact", () => {
  it("starts an accepted link with its first contact, logged by the volunteer", async () => {
    const { link, request, volunteerId } = await makeLink(db, { status: "ACCEPTED" });
    const result = await logLinkContact(
      volunteer(volunteerId),
      { linkId: link.id, kind: "VISITED" },
      { db, now },
    );
    expect(result.started).toBe(true);
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "ACTIVE",
      startedAt: now,
      lastContactAt: now,
      nextCheckInAt: new Date(now.getTime() + 7 * DAY),
    });
    expect(await db.linkContact.findMany({ where: { linkId: link.id } })).toMatchObject([
      { kind: "VISITED" },
    ]);
    const types = (await timelineOf(db, request.id)).map((e) => e.type).filter((t) => t !== "RECEIVED");
    expect(types).toEqual(["LINK_STARTED", "LINK_CONTACT"]);
  });

  it("clears the no-contact alert; staff may log too, with a note", async () => {
    const { link, request } = await makeLink(db, {
      status: "ACTIVE",
      startedAt: now,
      noContactAlertedAt: now,
    });
    const later = new Date(now.getTime() + DAY);
    await logLinkContact(staff, { linkId: link.id, kind: "CALLED", note: "Gaat goed" }, { db, now: later });
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      lastContactAt: later,
      noContactAlertedAt: null,
    });
    const event = (await timelineOf(db, request.id)).find((e) => e.type === "LINK_CONTACT");
    expect(event).toMatchObject({ note: "Gebeld: Gaat goed", actorStaffId: staff.id });
  });

  it("refuses a contact on a proposal or an ended link", async () => {
    for (const status of ["PROPOSED", "ENDED"] as const) {
      const { link, volunteerId } = await makeLink(db, {
        status,
        endedAt: status === "ENDED" ? new Date() : null,
      });
      expect(
        await refusal(logLinkContact(volunteer(volunteerId), { linkId: link.id, kind: "CALLED" }, { db })),
      ).toMatchObject({ code: "transition-refused" });
    }
    // A declined link is no longer on the volunteer's page: to them it doesn't exist.
    const declined = await makeLink(db, { status: "DECLINED" });
    expect(
      await refusal(
        logLinkContact(volunteer(declined.volunteerId), { linkId: declined.link.id, kind: "CALLED" }, { db }),
      ),
    ).toMatchObject({ code: "not-found" });
  });
});

describe("recordCheckIn", () => {
  it("sets the next check-in a month later and clears the reminder", async () => {
    const { link, request } = await makeLink(db, {
      status: "ACTIVE",
      startedAt: now,
      nextCheckInAt: now,
      checkInRemindedAt: now,
    });
    const at = new Date("2026-01-31T09:00:00Z");
    const result = await recordCheckIn(staff, { linkId: link.id, note: "Klikt goed" }, { db, now: at });
    expect(result.nextCheckInAt).toEqual(new Date("2026-02-28T09:00:00Z"));
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      nextCheckInAt: new Date("2026-02-28T09:00:00Z"),
      checkInRemindedAt: null,
    });
    const event = (await timelineOf(db, request.id)).find((e) => e.type === "LINK_CHECK_IN");
    expect(event?.note).toBe("Opvolggesprek: Klikt goed");
  });

  it("refuses a link that isn't running, and an empty note", async () => {
    const { link } = await makeLink(db, { status: "ACCEPTED" });
    expect(await refusal(recordCheckIn(staff, { linkId: link.id, note: "x" }, { db }))).toMatchObject({
      code: "transition-refused",
    });
    expect(await refusal(recordCheckIn(staff, { linkId: link.id, note: "" }, { db }))).toMatchObject({
      code: "invalid-input",
    });
  });
});

describe("permissions", () => {
  const allowed = new Set(["ADMIN", "COORDINATOR", "VOLUNTEER_COORDINATOR"]);

  it.each(ROLES)("%s: every staff step needs link:manage", async (role) => {
    const actor = actors[role];
    const steps = [
      async () => respondToLink(actor, { linkId: (await makeLink(db)).link.id, answer: "ACCEPTED" }, { db }),
      async () => startLink(actor, { linkId: (await makeLink(db, { status: "ACCEPTED" })).link.id }, { db }),
      async () =>
        logLinkContact(
          actor,
          { linkId: (await makeLink(db, { status: "ACTIVE" })).link.id, kind: "CALLED" },
          { db },
        ),
      async () =>
        recordCheckIn(
          actor,
          { linkId: (await makeLink(db, { status: "ACTIVE" })).link.id, note: "ok" },
          { db },
        ),
      async () => endLink(actor, { linkId: (await makeLink(db)).link.id, reason: "stop" }, { db }),
      async () => listRequestLinks(actor, (await makeLink(db)).request.id, { db }),
      async () => acknowledgeConcern(actor, { concernId: (await makeConcern()).id }, { db }),
    ];
    for (const step of steps) {
      if (allowed.has(role)) await expect(step()).resolves.toBeDefined();
      else await expect(step()).rejects.toMatchObject({ name: "ForbiddenError", permission: "link:manage" });
    }
  });
});

async function makeConcern() {
  const { link, request, volunteerId } = await makeLink(db, { status: "ACTIVE" });
  return db.concern.create({
    data: {
      category: "HEALTH_WORSE",
      body: "Ze eet slecht",
      volunteerId,
      linkId: link.id,
      helpRequestId: request.id,
    },
  });
}

describe("acknowledgeConcern", () => {
  it("marks a concern as seen once, with an audit event", async () => {
    const concern = await makeConcern();
    expect(await acknowledgeConcern(staff, { concernId: concern.id }, { db, now })).toEqual({
      id: concern.id,
      alreadySeen: false,
    });
    const second = await acknowledgeConcern(actors.ADMIN, { concernId: concern.id }, { db });
    expect(second.alreadySeen).toBe(true);
    expect(await db.concern.findUniqueOrThrow({ where: { id: concern.id } })).toMatchObject({
      acknowledgedAt: now,
      acknowledgedById: staff.id,
    });
    const audit = await db.auditEvent.findMany({ where: { entityType: "Concern", entityId: concern.id } });
    expect(audit).toMatchObject([{ action: "concern.acknowledge", actorStaffId: staff.id }]);
    expect(await refusal(acknowledgeConcern(staff, { concernId: "unknown" }, { db }))).toMatchObject({
      code: "not-found",
    });
  });
});

describe("listRequestLinks", () => {
  it("shows the links with the volunteer's full name, contacts and plan", async () => {
    const start = new Date(now.getTime() - 10 * DAY);
    const { link, request, volunteerId } = await makeLink(db, {
      status: "ACTIVE",
      kind: "RECURRING",
      timesPerWeek: 2,
      durationWeeks: 4,
      startedAt: start,
    });
    await db.linkContact.create({
      data: { linkId: link.id, kind: "CALLED", occurredAt: new Date(start.getTime() + DAY) },
    });
    const [shown] = await listRequestLinks(staff, request.id, { db, now });
    const v = await db.volunteer.findUniqueOrThrow({ where: { id: volunteerId } });
    expect(shown).toMatchObject({ id: link.id, volunteer: { firstName: v.firstName, lastName: v.lastName } });
    expect(shown?.progress).toMatchObject({ kind: "RECURRING", totalDue: 8, totalDone: 1, onTrack: false });
  });
});

describe("when the request ends", () => {
  it("closing it ends its open links, frees the volunteer's place and says so on the timeline", async () => {
    const { link, request, volunteerId } = await makeLink(db, { status: "ACTIVE", startedAt: now });
    const proposed = await db.volunteerLink.create({
      data: { activity: "CHAT_OR_CALL", status: "PROPOSED", helpRequestId: request.id, volunteerId },
    });
    const declined = await db.volunteerLink.create({
      data: { activity: "CHAT_OR_CALL", status: "DECLINED", helpRequestId: request.id, volunteerId },
    });
    const later = new Date(now.getTime() + DAY);
    await closeRequest(
      actors.COORDINATOR,
      { requestId: request.id, outcome: "LINKED_TO_VOLUNTEER" },
      { db, now: later },
    );
    const links = await db.volunteerLink.findMany({ where: { helpRequestId: request.id } });
    const byId = new Map(links.map((l) => [l.id, l]));
    for (const id of [link.id, proposed.id]) {
      expect(byId.get(id)).toMatchObject({
        status: "ENDED",
        endedAt: later,
        endReason: LINK_ENDED_WITH_REQUEST.CLOSED,
        endedById: actors.COORDINATOR.id,
      });
    }
    expect(byId.get(declined.id)?.status).toBe("DECLINED");
    expect(
      await db.volunteerLink.count({
        where: { volunteerId, status: { in: ["PROPOSED", "ACCEPTED", "ACTIVE"] } },
      }),
    ).toBe(0);
    const ended = (await timelineOf(db, request.id)).filter((e) => e.type === "LINK_ENDED");
    expect(ended.map((e) => (e.data as { linkId: string }).linkId).sort()).toEqual(
      [link.id, proposed.id].sort(),
    );
    // A volunteer can't log contacts on it any more.
    expect(
      await refusal(logLinkContact(volunteer(volunteerId), { linkId: link.id, kind: "CALLED" }, { db })),
    ).toMatchObject({ code: "transition-refused" });
  });

  it("withdrawing it ends its open links too", async () => {
    const { link, request } = await makeLink(db, { status: "ACCEPTED" });
    await withdrawRequest(
      actors.COORDINATOR,
      { requestId: request.id, note: "Wil toch geen hulp." },
      { db, now },
    );
    expect(await db.volunteerLink.findUniqueOrThrow({ where: { id: link.id } })).toMatchObject({
      status: "ENDED",
      endReason: LINK_ENDED_WITH_REQUEST.WITHDRAWN,
    });
  });
});
