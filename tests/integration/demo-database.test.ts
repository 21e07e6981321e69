// The demo database a newcomer gets from `npm start`: seeded by the same
// command (prepareDatabase with demo: true, in a database of its own), it
// shows the caring-neighbour work of a normal day: a volunteer at their
// maximum, a proposal waiting for an answer, a concern, a link without
// contact, a check-in due — through the same reads as /beheer and /vrijwilliger.
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { getToday } from "@/lib/help-requests/get-today";
import { LOAD_STATUSES } from "@/lib/volunteer-links/lifecycle";
import { listVolunteers } from "@/lib/volunteers/list-volunteers";
import { listMyLinks } from "@/lib/volunteer-portal/list-my-links";
import { prepareDatabase } from "../../scripts/lib/prepare-db.mjs";
import { actorOf } from "./staff-fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const name = `tezamen_demo_${randomUUID().slice(0, 8)}`;
const serverUrl = new URL(inject("databaseUrl"));
const demoUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
let db: Db;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin(`CREATE DATABASE "${name}"`);
  await prepareDatabase(root, demoUrl, { demo: true, log: () => {} });
  db = createPrismaClient(demoUrl);
}, 180_000);

afterAll(async () => {
  await db?.$disconnect();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

async function coordinator() {
  const user = await db.staffUser.findFirstOrThrow({ where: { role: "VOLUNTEER_COORDINATOR" } });
  return actorOf(user);
}

describe("the demo database", () => {
  it("has a volunteer at their maximum, listed under Overbelast", async () => {
    const list = await listVolunteers(await coordinator(), { view: "overbelast" }, { db });
    expect(list.rows.map((r) => r.firstName)).toContain("Hilde");
    for (const row of list.rows) expect(row.load).toBeGreaterThanOrEqual(row.maxActiveLinks);
  });

  it("has a proposal waiting for the volunteer, who can read it on their own page", async () => {
    const proposed = await db.volunteerLink.findFirstOrThrow({
      where: { status: "PROPOSED" },
      include: { volunteer: true, helpRequest: true },
    });
    expect(proposed.volunteer.email).toBe("koen.verbist@voorbeeld.example");
    expect(proposed.helpRequest.status).toBe("LINKED");
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: proposed.volunteer.email! } });
    expect(mail.subject).toBe("Er is een nieuwe vraag voor jou");
    const mine = await listMyLinks({ kind: "volunteer", volunteerId: proposed.volunteerId }, { db });
    expect(mine.map((l) => [l.id, l.status])).toContainEqual([proposed.id, "PROPOSED"]);
  });

  it("shows a concern, a check-in due and a link without contact on the coordinator's Vandaag", async () => {
    const today = await getToday(await coordinator(), {}, { db });
    const follow = today.linkFollowUp!;
    expect(follow.concerns.items.map((c) => c.category)).toEqual(["CONFUSED_OR_FORGETFUL"]);
    expect(follow.checkInsDue.total).toBeGreaterThan(0);
    expect(follow.noContact.total).toBeGreaterThan(0);
    expect(follow.noContact.items.map((l) => l.helpRequest.person.firstName)).toContain("Mariette");
    // The concern's mail names the reference and category only.
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { subject: { startsWith: "Zorg gemeld" } },
    });
    expect(mail.textBody).not.toContain("Paula");
  });

  it("keeps links consistent with their requests", async () => {
    const links = await db.volunteerLink.findMany({ include: { helpRequest: true } });
    for (const link of links) {
      const open = (LOAD_STATUSES as readonly string[]).includes(link.status);
      const requestOpen = !["CLOSED", "WITHDRAWN"].includes(link.helpRequest.status);
      expect(open && !requestOpen, `${link.id} open on an ended request`).toBe(false);
      if (link.status === "ACTIVE") {
        expect(link.startedAt).not.toBeNull();
        expect(link.nextCheckInAt).not.toBeNull();
      }
      if (link.status === "ENDED") expect(link.endReason).toBeTruthy();
    }
    const recurring = links.filter((l) => l.kind === "RECURRING" && l.timesPerWeek !== null);
    expect(recurring.length).toBeGreaterThan(1);
  });
});
