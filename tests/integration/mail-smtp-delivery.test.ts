// Outbox delivery over SMTP against a real SMTP server in this process
// (smtp-server, with a login): what arrives, what a refusing or absent server
// leaves in the outbox, and that two deliveries at once send nothing twice.
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { queueMail, secretMarker } from "@/lib/mail/queue-mail";
import { deliverOutbox, MAX_DELIVERY_ATTEMPTS } from "@/lib/mail/send-mail";
import { createSmtpTransport, smtpConfigFromEnv, type SmtpTransport } from "@/lib/mail/smtp-transport";
import { requestVolunteerLoginCode } from "@/lib/volunteer-portal/request-volunteer-login-code";
import { makeVolunteer } from "./volunteer-portal-fixtures";

const db = createPrismaClient();
const run = randomBytes(3).toString("hex");
const FROM = "Tezamen <tezamen@stad.example>";
const USER = "tezamen-mailer";
const PASSWORD = "wachtwoord-é-123";
// Older than every other file's mail: delivery goes oldest first, so rounds
// with a limit reach only ours, whatever other files left PENDING.
const old = (second: number) => new Date(Date.UTC(2001, 0, 1, 0, 0, second));
const now = new Date("2021-06-01T08:00:00Z");
// Older still, for the mail with secrets: a round with limit 1 reaches exactly that one.
const older = (minute: number) => new Date(Date.UTC(1999, 0, 1, 0, minute));

interface Received {
  from: string;
  to: string[];
  raw: string;
  secure: boolean;
  user: string | undefined;
}

/** An SMTP server on a free port that keeps what it receives and refuses recipients starting with "weiger-". */
async function startServer(options: SMTPServerOptions = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    ...options,
    authMethods: ["PLAIN", "LOGIN"],
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: auth.username });
      else callback(Object.assign(new Error("Invalid credentials"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("weiger-")) {
        callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("latin1"),
          secure: session.secure,
          user: typeof session.user === "string" ? session.user : undefined,
        });
        // A little slower than instant, so two deliveries at once really overlap.
        setTimeout(callback, 20);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port, received };
}

function transportFor(url: string): SmtpTransport {
  const result = smtpConfigFromEnv({ SMTP_URL: url, MAIL_FROM: FROM });
  if (result.kind !== "ok") throw new Error(`test configuration: ${result.kind}`);
  // smtp-server's built-in certificate is self-signed (and expired): trust it here only.
  return createSmtpTransport(result.config, { tls: { rejectUnauthorized: false } });
}

/** The headers (unfolded, RFC 2047 words decoded) and the decoded text of a raw message. */
function parseMail(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const headerLines = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of headerLines.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const body = raw.slice(split + 4);
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(body, "base64")
      : encoding === "quoted-printable"
        ? decodeQuotedPrintable(body.replace(/=\r\n/g, ""))
        : Buffer.from(body, "latin1");
  return { headers, text: bytes.toString("utf8").replace(/\r\n/g, "\n").replace(/\n$/, "") };
}

function decodeQuotedPrintable(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return Buffer.from(bytes);
}

function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, "$1$2")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, word: string) =>
      (kind.toUpperCase() === "B"
        ? Buffer.from(word, "base64")
        : decodeQuotedPrintable(word.replace(/_/g, " "))
      ).toString("utf8"),
    );
}

const messageIdOf = (r: Received) => parseMail(r.raw).headers.get("x-tezamen-outbox-id");

let smtp: Awaited<ReturnType<typeof startServer>>;
const transports: SmtpTransport[] = [];
const openTransport = (url: string) => {
  const transport = transportFor(url);
  transports.push(transport);
  return transport;
};

beforeAll(async () => {
  smtp = await startServer();
});

beforeEach(() => {
  smtp.received.length = 0;
});

afterAll(async () => {
  for (const transport of transports) transport.close();
  await new Promise<void>((resolve) => smtp.server.close(resolve));
  await db.$disconnect();
});

const smtpUrl = () => `smtp://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${smtp.port}`;

describe("outbox delivery over SMTP", () => {
  it("delivers each queued message once, intact, after STARTTLS and the login", async () => {
    const text = "Goeiedag,\n\nDe aanvraag is geëvalueerd en de coördinator belt je. Één keer!\n\nTezamen";
    const first = await queueMail(
      db,
      { to: `ontvanger-${run}@partner.example`, subject: `Contact gelegd: café Ëlla ${run}`, text },
      { now: old(10) },
    );
    const second = await queueMail(
      db,
      { to: `tweede-${run}@partner.example`, subject: `Tweede ${run}`, text: "Kort." },
      { now: old(11) },
    );
    const transport = openTransport(smtpUrl());

    expect(await deliverOutbox({ db, transport, now, limit: 2 })).toMatchObject({ sent: 2, failed: 0 });
    await deliverOutbox({ db, transport, now, limit: 2 }); // a next round doesn't send them again

    expect(smtp.received.map(messageIdOf).slice(0, 2)).toEqual([first.id, second.id]);
    expect(smtp.received.filter((r) => [first.id, second.id].includes(messageIdOf(r) ?? ""))).toHaveLength(2);
    const [mail] = smtp.received;
    expect(mail).toMatchObject({
      from: "tezamen@stad.example",
      to: [`ontvanger-${run}@partner.example`],
      secure: true, // requireTLS: the password went over STARTTLS, never in clear
      user: USER,
    });
    const parsed = parseMail(mail?.raw ?? "");
    expect(parsed.headers.get("subject")).toBe(`Contact gelegd: café Ëlla ${run}`);
    expect(parsed.headers.get("from")).toBe(FROM);
    expect(parsed.headers.get("to")).toBe(`ontvanger-${run}@partner.example`);
    expect(parsed.headers.get("message-id")).toBe(`<${first.id}.outbox@stad.example>`);
    expect(parsed.headers.get("content-type")).toMatch(/^text\/plain; charset=utf-8/i);
    expect(parsed.text).toBe(text);

    const rows = await db.outboxMessage.findMany({ where: { id: { in: [first.id, second.id] } } });
    for (const row of rows)
      expect(row).toMatchObject({ status: "SENT", sentAt: now, attempts: 1, lastError: null });
  });

  it("delivers over smtps:// (TLS from the start) too", async () => {
    const tlsServer = await startServer({ secure: true });
    const transport = transportFor(
      `smtps://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${tlsServer.port}`,
    );
    try {
      const { id } = await queueMail(
        db,
        { to: `tls-${run}@partner.example`, subject: "TLS", text: "x" },
        { now: old(12) },
      );
      expect(await deliverOutbox({ db, transport, now, limit: 1 })).toMatchObject({ sent: 1 });
      expect(tlsServer.received.map(messageIdOf)).toEqual([id]);
      expect(tlsServer.received[0]).toMatchObject({ secure: true, user: USER });
    } finally {
      transport.close();
      await new Promise<void>((resolve) => tlsServer.server.close(resolve));
    }
  });

  it("keeps a refused message PENDING with the error, and marks it FAILED after the last attempt", async () => {
    const refused = await queueMail(
      db,
      {
        to: `weiger-${run}@partner.example`,
        subject: "Nee",
        text: `Je code: ${secretMarker("inlogcode")}`,
        secrets: { values: { inlogcode: "246810" }, expiresAt: new Date("2021-06-30T00:00:00Z") },
      },
      { now: old(1) },
    );
    const transport = openTransport(smtpUrl());

    expect(await deliverOutbox({ db, transport, now, limit: 1 })).toMatchObject({ sent: 0, failed: 0 });
    const afterOne = await db.outboxMessage.findUniqueOrThrow({ where: { id: refused.id } });
    expect(afterOne).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
    expect(afterOne.lastError).toMatch(/^SMTP EENVELOPE: .*550 Mailbox unavailable/);
    expect(afterOne.nextAttemptAt!.getTime()).toBeGreaterThan(now.getTime());
    expect(afterOne.secrets).toEqual({ inlogcode: "246810" }); // still needed for the next attempt

    // Each retry when it is due (the backoff itself: mail-outbox-backoff.test.ts).
    let due = afterOne.nextAttemptAt!;
    for (let i = 2; i < MAX_DELIVERY_ATTEMPTS; i++) {
      await deliverOutbox({ db, transport, now: due, limit: 1 });
      due = (await db.outboxMessage.findUniqueOrThrow({ where: { id: refused.id } })).nextAttemptAt!;
    }
    expect(await deliverOutbox({ db, transport, now: due, limit: 1 })).toMatchObject({ failed: 1 });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({
      status: "FAILED",
      attempts: MAX_DELIVERY_ATTEMPTS,
      sentAt: null,
      // Given up: the code will never be sent, so no copy is kept either.
      secrets: null,
      secretsExpireAt: null,
    });
    await deliverOutbox({ db, transport, now: due, limit: 1 }); // FAILED is not tried again
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({
      attempts: MAX_DELIVERY_ATTEMPTS,
    });
    expect(smtp.received.filter((r) => r.to.includes(`weiger-${run}@partner.example`))).toHaveLength(0);
  });

  it("with the server down: one attempt per round, counted and explained, the rest wait", async () => {
    const down = await startServer();
    await new Promise<void>((resolve) => down.server.close(resolve)); // a port nobody listens on now
    const transport = openTransport(`smtp://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${down.port}`);
    const a = await queueMail(
      db,
      { to: `a-${run}@partner.example`, subject: "A", text: "x" },
      { now: old(2) },
    );
    const b = await queueMail(
      db,
      { to: `b-${run}@partner.example`, subject: "B", text: "x" },
      { now: old(3) },
    );

    expect(await deliverOutbox({ db, transport, now })).toMatchObject({ sent: 0, failed: 0 });
    const first = await db.outboxMessage.findUniqueOrThrow({ where: { id: a.id } });
    expect(first).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(first.lastError).toMatch(/^SMTP (ECONNECTION|ESOCKET): .*ECONNREFUSED/);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ attempts: 0 });

    // The server is back (here: the other one): once a is due again, both go out.
    const due = first.nextAttemptAt!;
    expect(
      await deliverOutbox({ db, transport: openTransport(smtpUrl()), now: due, limit: 2 }),
    ).toMatchObject({ sent: 2 });
    expect(smtp.received.map(messageIdOf)).toEqual([a.id, b.id]);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
      nextAttemptAt: null,
    });
  });

  it("sends nothing twice when two instances deliver at once", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { id } = await queueMail(
        db,
        { to: `samen-${i}-${run}@partner.example`, subject: `Samen ${i}`, text: "x" },
        { now: old(20 + i) },
      );
      ids.push(id);
    }
    const [one, two] = await Promise.all([
      // 4 + 4 claims: exactly our 8, the oldest pending (SKIP LOCKED passes a claimed one by).
      deliverOutbox({ db, transport: openTransport(smtpUrl()), now, limit: 4 }),
      deliverOutbox({ db, transport: openTransport(smtpUrl()), now, limit: 4 }),
    ]);
    expect(one.sent + two.sent).toBe(ids.length);
    expect(smtp.received.map(messageIdOf).sort()).toEqual([...ids].sort());
    expect(await db.outboxMessage.count({ where: { id: { in: ids }, status: "SENT", attempts: 1 } })).toBe(
      ids.length,
    );
  });

  it("sends the real sign-in code and link to the volunteer, then keeps no copy of them", async () => {
    const volunteer = await makeVolunteer(db);
    const at = older(0);
    await requestVolunteerLoginCode({ email: volunteer.email! }, { clientKey: `smtp-${run}`, db, now: at });
    const stored = await db.outboxMessage.findFirstOrThrow({ where: { to: volunteer.email! } });
    const { inlogcode: code, inloglink: link } = stored.secrets as { inlogcode: string; inloglink: string };
    expect(code).toMatch(/^\d{6}$/);
    expect(link).toMatch(/\/vrijwilliger\/aanmelden\/[A-Za-z0-9_-]{20,}$/);

    const sentAt = older(9); // the code works 10 minutes
    expect(
      await deliverOutbox({ db, transport: openTransport(smtpUrl()), now: sentAt, limit: 1 }),
    ).toMatchObject({
      sent: 1,
    });
    const received = smtp.received.find((r) => messageIdOf(r) === stored.id);
    expect(received?.to).toEqual([volunteer.email!.toLowerCase()]);
    const parsed = parseMail(received?.raw ?? "");
    expect(parsed.headers.get("subject")).toBe(`Je code om aan te melden: ${code}`);
    expect(parsed.text).toContain(`Je code om aan te melden op je pagina voor zorgzame buren is: ${code}\n`);
    expect(parsed.text).toContain(`Of klik op deze link:\n${link}\n`);
    expect(parsed.text).not.toContain("geheim");

    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ status: "SENT", sentAt, secrets: null, secretsExpireAt: null });
    expect(`${row.subject}\n${row.textBody}`).not.toContain(code);
    expect(row.textBody).not.toContain(link);
  });

  it("does not send a secret that expired before the mail could leave", async () => {
    const { id } = await queueMail(
      db,
      {
        to: `laat-${run}@partner.example`,
        subject: "Je uitnodiging",
        text: `Kies je wachtwoord via deze link:\n${secretMarker("uitnodigingslink")}\n`,
        secrets: {
          values: { uitnodigingslink: `https://stad.example/login/uitnodiging/laat-${run}` },
          expiresAt: older(30),
        },
      },
      { now: older(20) },
    );
    expect(
      await deliverOutbox({ db, transport: openTransport(smtpUrl()), now: older(30), limit: 1 }),
    ).toMatchObject({
      sent: 1,
    });
    const parsed = parseMail(smtp.received.find((r) => messageIdOf(r) === id)?.raw ?? "");
    expect(parsed.text).toBe("Kies je wachtwoord via deze link:\n[verlopen: uitnodigingslink]");
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      secrets: null,
    });
  });
});
