// SMTP delivery for the outbox, over nodemailer, configured by two variables:
// SMTP_URL (smtp:// = STARTTLS, smtps:// = TLS from the start, credentials in
// the URL) and MAIL_FROM (the sender). A missing or broken configuration is
// logged once and gives no transport: mail then stays in the outbox, and the
// app keeps running (a crash loop would take the public site down with it).
import type { ConnectionOptions } from "node:tls";
import nodemailer from "nodemailer";
import addressparser from "nodemailer/lib/addressparser";
import { MailServerUnavailableError, type MailTransport } from "./mail-transport";

export interface SmtpConfig {
  host: string;
  port: number;
  /** true for smtps:// (TLS from the first byte); smtp:// upgrades with STARTTLS. */
  secure: boolean;
  auth: { user: string; pass: string } | null;
  /** The From header as configured, e.g. "Tezamen <tezamen@stad.example>". */
  from: string;
  /** The domain of the sender's address: the right-hand side of our Message-IDs. */
  fromDomain: string;
}

export type SmtpConfigResult =
  { kind: "none" } | { kind: "invalid"; problem: string } | { kind: "ok"; config: SmtpConfig };

/** Reads SMTP_URL and MAIL_FROM. A problem is described without the URL itself: it holds the password. */
export function smtpConfigFromEnv(env: Record<string, string | undefined>): SmtpConfigResult {
  const rawUrl = env.SMTP_URL?.trim();
  if (!rawUrl) return { kind: "none" };
  const invalid = (problem: string) => ({ kind: "invalid" as const, problem });

  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return invalid("SMTP_URL is not a valid URL (expected e.g. smtps://user:password@mail.example.be:465)");
  }
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    return invalid(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  if (!url.hostname) return invalid("SMTP_URL has no host name");
  if (url.search || (url.pathname && url.pathname !== "/")) {
    return invalid("SMTP_URL takes no path or ?options: only smtp(s)://user:password@host:port");
  }
  let auth: SmtpConfig["auth"] = null;
  if (url.username || url.password) {
    try {
      auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
    } catch {
      return invalid("SMTP_URL has a badly %-encoded user name or password");
    }
    if (!auth.user || !auth.pass)
      return invalid("SMTP_URL needs both a user name and a password, or neither");
  }

  const from = env.MAIL_FROM?.trim();
  if (!from) return invalid('MAIL_FROM is required with SMTP_URL (e.g. "Tezamen <tezamen@stad.example>")');
  const parsed = addressparser(from, { flatten: true });
  const address = parsed.length === 1 ? parsed[0]?.address : undefined;
  const fromDomain = address?.match(/^[^@\s]+@([^@\s]+\.[^@\s]+)$/)?.[1];
  if (!fromDomain) {
    return invalid('MAIL_FROM must be one e-mail address, e.g. "Tezamen <tezamen@stad.example>"');
  }

  const secure = url.protocol === "smtps:";
  return {
    kind: "ok",
    config: {
      // URL keeps the brackets of an IPv6 address; the socket wants it bare.
      host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
      port: url.port ? Number(url.port) : secure ? 465 : 587,
      secure,
      auth,
      from,
      fromDomain: fromDomain.toLowerCase(),
    },
  };
}

/** The longest one message may take, well under deliverOutbox's 60-second transaction. */
const SEND_DEADLINE_MS = 45_000;

/** nodemailer's codes for a server that can't be used at all (as opposed to one message being refused). */
const SERVER_PROBLEMS = new Set([
  "ECONNECTION",
  "ETIMEDOUT",
  "ESOCKET",
  "EDNS",
  "ETLS",
  "EAUTH",
  "EREQUIRETLS",
]);

export type SmtpTransport = MailTransport & { close(): void };

/**
 * A pooled SMTP transport: one connection, reused between messages and
 * rounds. `tls` is for code only (tests, a private CA), never read from the
 * environment.
 */
export function createSmtpTransport(
  config: SmtpConfig,
  { tls }: { tls?: ConnectionOptions } = {},
): SmtpTransport {
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: 1,
    host: config.host,
    port: config.port,
    secure: config.secure,
    // With credentials on smtp://, insist on STARTTLS: the password never travels in clear.
    requireTLS: !config.secure && config.auth !== null,
    ...(config.auth ? { auth: config.auth } : {}),
    ...(tls ? { tls } : {}),
    // nodemailer waits up to 2 minutes to connect and 10 minutes for a silent server by default.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    dnsTimeout: 10_000,
  });

  return {
    async send(message) {
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new MailServerUnavailableError("SMTP: no answer within 45 seconds")),
          SEND_DEADLINE_MS,
        );
      });
      try {
        await Promise.race([
          transporter.sendMail({
            from: config.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            // The same outbox row always gets the same Message-ID, so a resend
            // (sent, but the database update was lost) is recognisable as one.
            messageId: `<${message.id}.outbox@${config.fromDomain}>`,
            headers: { "X-Tezamen-Outbox-Id": message.id },
          }),
          deadline,
        ]);
      } catch (error) {
        if (error instanceof MailServerUnavailableError) throw error;
        const code = (error as { code?: unknown } | null)?.code;
        const text = error instanceof Error ? error.message : String(error);
        if (typeof code === "string" && SERVER_PROBLEMS.has(code)) {
          throw new MailServerUnavailableError(`SMTP ${code}: ${text}`);
        }
        throw new Error(typeof code === "string" ? `SMTP ${code}: ${text}` : `SMTP: ${text}`);
      } finally {
        clearTimeout(timer);
      }
    },
    close() {
      transporter.close();
    },
  };
}

let cached: { key: string; transport: SmtpTransport | null } | null = null;

/**
 * The SMTP transport for this environment, or null (not configured, or
 * configured wrongly: logged once). Created once and reused, so the pooled
 * connection is too; a changed configuration gives a new one.
 */
export function smtpTransportFromEnv(env: Record<string, string | undefined>): SmtpTransport | null {
  const key = `${env.SMTP_URL ?? ""}\n${env.MAIL_FROM ?? ""}`;
  if (cached?.key === key) return cached.transport;
  cached?.transport?.close();
  const result = smtpConfigFromEnv(env);
  if (result.kind === "invalid") {
    console.error(`[mail] ${result.problem}. Mail is not sent; it stays in the outbox (/beheer/outbox).`);
  }
  cached = { key, transport: result.kind === "ok" ? createSmtpTransport(result.config) : null };
  return cached.transport;
}
