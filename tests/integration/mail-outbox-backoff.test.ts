// Outbox retries with backoff, on a controlled clock: a failed message waits
// until its nextAttemptAt, is tried again then, and becomes FAILED only after
// the last scheduled attempt, about 24 hours after the first.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import {
  deliverOutbox,
  MailServerUnavailableError,
  MAX_DELIVERY_ATTEMPTS,
  type MailTransport,
} from "@/lib/mail/send-mail";
import { queueMail } from "@/lib/mail/queue-mail";

const db = createPrismaClient();
const run = randomBytes(3).toString("hex");
// Older than every other file's mail: delivery goes oldest first, so rounds
// with a limit reach only ours, whatever other files left PENDING.
const old = (second: number) => new Date(Date.UTC(2000, 0, 1, 0, 0, second));
const t0 = new Date("2021-06-01T22:00:00Z");
const MINUTE = 60_000;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

/** A transport that records every attempt and fails for the recipients in `failing` (with `error`). */
function fakeTransport(error: () => Error = () => new Error("550 Mailbox unavailable")) {
  const failing = new Set<string>();
  const attempted: string[] = [];
  const sent: string[] = [];
  const transport: MailTransport = {
    send: async (m) => {
      attempted.push(m.id);
      if (failing.has(m.id)) throw error();
      sent.push(m.id);
    },
  };
  return { transport, failing, attempted, sent };
}

const queue = async (name: string, second: number) =>
  (
    await queueMail(
      db,
      { to: `${name}-${run}@partner.example`, subject: `${name} ${run}`, text: "x" },
      { now: old(second) },
    )
  ).id;

const row = (id: string) => db.outboxMessage.findUniqueOrThrow({ where: { id } });

afterAll(async () => {
  await db.$disconnect();
});

describe("outbox retries with backoff", () => {
  it("schedules the next attempt after a failure, skips the message until then, and retries it then", async () => {
    const mail = fakeTransport();
    const id = await queue("later", 0);
    mail.failing.add(id);

    expect(await deliverOutbox({ db, transport: mail.transport, now: t0, limit: 1 })).toMatchObject({
      sent: 0,
      failed: 0,
    });
    expect(await row(id)).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "550 Mailbox unavailable",
      nextAttemptAt: at(t0, MINUTE),
    });

    // Just before it is due, the round passes it by and takes the next message (ours too: the next oldest).
    const canary = await queue("canary", 1);
    await deliverOutbox({ db, transport: mail.transport, now: at(t0, MINUTE - 1), limit: 1 });
    expect(mail.attempted).toEqual([id, canary]);
    expect(await row(id)).toMatchObject({ attempts: 1, nextAttemptAt: at(t0, MINUTE) });

    // When it is due, it is tried again; a second failure waits twice as long.
    await deliverOutbox({ db, transport: mail.transport, now: at(t0, MINUTE), limit: 1 });
    expect(mail.attempted).toEqual([id, canary, id]);
    expect(await row(id)).toMatchObject({
      status: "PENDING",
      attempts: 2,
      nextAttemptAt: at(t0, 3 * MINUTE),
    });

    // The server takes it at the next attempt: SENT, nothing more scheduled.
    mail.failing.delete(id);
    const sentAt = at(t0, 3 * MINUTE);
    expect(await deliverOutbox({ db, transport: mail.transport, now: sentAt, limit: 1 })).toMatchObject({
      sent: 1,
    });
    expect(await row(id)).toMatchObject({
      status: "SENT",
      attempts: 3,
      sentAt,
      lastError: null,
      nextAttemptAt: null,
    });
  });

  it("marks a message FAILED only after the last scheduled attempt, about 24 hours after the first", async () => {
    const mail = fakeTransport();
    const id = await queue("weiger", 2);
    mail.failing.add(id);

    // Fail every attempt, each exactly when it is due, up to the one before the last.
    let now = t0;
    for (let attempt = 1; attempt < MAX_DELIVERY_ATTEMPTS; attempt++) {
      await deliverOutbox({ db, transport: mail.transport, now, limit: 1 });
      const current = await row(id);
      expect(current).toMatchObject({ status: "PENDING", attempts: attempt });
      expect(current.nextAttemptAt!.getTime()).toBeGreaterThan(now.getTime());
      now = current.nextAttemptAt!;
    }
    expect(mail.attempted).toEqual(Array(MAX_DELIVERY_ATTEMPTS - 1).fill(id));
    const last = now;
    expect(last.getTime() - t0.getTime()).toBeGreaterThanOrEqual(23 * 60 * MINUTE);
    expect(last.getTime() - t0.getTime()).toBeLessThanOrEqual(25 * 60 * MINUTE);

    // Not a moment before the last attempt is due…
    const canary = await queue("canary-last", 3);
    await deliverOutbox({ db, transport: mail.transport, now: at(last, -1), limit: 1 });
    expect(mail.attempted.at(-1)).toBe(canary);
    expect(await row(id)).toMatchObject({ status: "PENDING", attempts: MAX_DELIVERY_ATTEMPTS - 1 });

    // …and that one failing too makes it FAILED, with nothing more scheduled.
    expect(await deliverOutbox({ db, transport: mail.transport, now: last, limit: 1 })).toMatchObject({
      failed: 1,
    });
    expect(await row(id)).toMatchObject({
      status: "FAILED",
      attempts: MAX_DELIVERY_ATTEMPTS,
      nextAttemptAt: null,
      sentAt: null,
    });

    // FAILED is not tried again, however late.
    const after = await queue("canary-after", 4);
    await deliverOutbox({ db, transport: mail.transport, now: at(last, 7 * 24 * 60 * MINUTE), limit: 1 });
    expect(mail.attempted.at(-1)).toBe(after);
    expect(mail.attempted.filter((x) => x === id)).toHaveLength(MAX_DELIVERY_ATTEMPTS);
  });

  it("with the server down still stops the round after one attempt, and gives the waiting message its backoff", async () => {
    const mail = fakeTransport(
      () => new MailServerUnavailableError("SMTP ECONNECTION: connect ECONNREFUSED"),
    );
    const a = await queue("down-a", 5);
    const b = await queue("down-b", 6);
    mail.failing.add(a).add(b);

    expect(await deliverOutbox({ db, transport: mail.transport, now: t0 })).toMatchObject({
      sent: 0,
      failed: 0,
    });
    expect(mail.attempted).toEqual([a]);
    expect(await row(a)).toMatchObject({ attempts: 1, nextAttemptAt: at(t0, MINUTE) });
    expect(await row(b)).toMatchObject({ attempts: 0, nextAttemptAt: null });

    // Half a minute later a is still waiting: the round tries b, and stops there.
    await deliverOutbox({ db, transport: mail.transport, now: at(t0, MINUTE / 2) });
    expect(mail.attempted).toEqual([a, b]);
    expect(await row(b)).toMatchObject({ attempts: 1, nextAttemptAt: at(t0, (3 * MINUTE) / 2) });

    // The server is back: once both are due, both go out in one round.
    mail.failing.clear();
    const back = at(t0, (3 * MINUTE) / 2);
    expect(await deliverOutbox({ db, transport: mail.transport, now: back, limit: 2 })).toMatchObject({
      sent: 2,
    });
    expect(mail.sent).toEqual([a, b]);
    for (const id of [a, b])
      expect(await row(id)).toMatchObject({ status: "SENT", attempts: 2, nextAttemptAt: null });
  });
});
