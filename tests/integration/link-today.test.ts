// The link follow-up lists of "Vandaag": open concerns (until someone clicks
// "Gezien"), check-ins due, active links without contact for 14 days, and
// volunteers asking for a pause — for staff with "link:manage" only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acknowledgeConcern } from "@/lib/concerns/acknowledge-concern";
import { createPrismaClient } from "@/lib/db";
import { getToday } from "@/lib/help-requests/get-today";
import { makeLink, makeVolunteer } from "./link-follow-up-fixtures";
import { actorOf, makeStaff } from "./staff-fixtures";
import { ensureContent } from "./staff-request-fixtures";

const db = createPrismaClient();
const DAY = 86_400_000;
const now = new Date("2026-11-23T10:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
let coordinator: ReturnType<typeof actorOf>;

beforeAll(async () => {
  await ensureContent(db);
  coordinator = actorOf(await makeStaff(db, "VOLUNTEER_COORDINATOR"));
});

afterAll(async () => {
  await db.$disconnect();
});

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe("getToday: link follow-up", () => {
  it("lists concerns, check-ins due, silent links and pause requests", async () => {
    const due = await makeLink(db, {
      status: "ACTIVE",
      startedAt: ago(8),
      lastContactAt: ago(1),
      nextCheckInAt: ago(1),
    });
    const notDue = await makeLink(db, { status: "ACTIVE", startedAt: ago(3), nextCheckInAt: ago(-4) });
    const silent = await makeLink(db, { status: "ACTIVE", startedAt: ago(20), lastContactAt: ago(15) });
    const neverContacted = await makeLink(db, { status: "ACTIVE", startedAt: ago(14) });
    const ended = await makeLink(db, { status: "ENDED", startedAt: ago(40), nextCheckInAt: ago(30) });
    const concern = await db.concern.create({
      data: {
        category: "UNREACHABLE",
        body: "Doet niet open",
        volunteerId: due.volunteerId,
        linkId: due.link.id,
        helpRequestId: due.request.id,
      },
    });
    const pausing = await makeVolunteer(db, { pauseRequestedAt: ago(1), pauseRequestNote: "Examens" });

    const today = await getToday(coordinator, {}, { db, now, limit: 1000 });
    const lists = today.linkFollowUp;
    if (!lists) throw new Error("expected the link lists for a volunteer coordinator");
    expect(ids(lists.checkInsDue.items)).toContain(due.link.id);
    expect(ids(lists.checkInsDue.items)).not.toContain(notDue.link.id);
    expect(ids(lists.checkInsDue.items)).not.toContain(ended.link.id);
    expect(ids(lists.noContact.items)).toEqual(
      expect.arrayContaining([silent.link.id, neverContacted.link.id]),
    );
    expect(ids(lists.noContact.items)).not.toContain(due.link.id);
    expect(lists.concerns.items.find((c) => c.id === concern.id)).toMatchObject({
      category: "UNREACHABLE",
      helpRequest: { id: due.request.id },
    });
    expect(lists.pauseRequests.items.find((v) => v.id === pausing.id)).toMatchObject({
      pauseRequestNote: "Examens",
    });

    await acknowledgeConcern(coordinator, { concernId: concern.id }, { db, now });
    const after = await getToday(coordinator, {}, { db, now, limit: 1000 });
    expect(ids(after.linkFollowUp?.concerns.items ?? [])).not.toContain(concern.id);
  });

  it("keeps each list to one screen, with the total", async () => {
    await makeLink(db, { status: "ACTIVE", startedAt: ago(30) });
    await makeLink(db, { status: "ACTIVE", startedAt: ago(31) });
    const today = await getToday(coordinator, {}, { db, now, limit: 1 });
    expect(today.linkFollowUp?.noContact.items).toHaveLength(1);
    expect(today.linkFollowUp?.noContact.total).toBeGreaterThanOrEqual(2);
  });

  it("is there for every role with link:manage", async () => {
    for (const role of ["ADMIN", "COORDINATOR", "VOLUNTEER_COORDINATOR"] as const) {
      const today = await getToday(actorOf(await makeStaff(db, role)), {}, { db, now, limit: 1 });
      expect(today.linkFollowUp, role).not.toBeNull();
    }
  });
});
