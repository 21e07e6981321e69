import { afterEach, describe, expect, it, vi } from "vitest";
import { mailTransportFromEnv } from "@/lib/mail/send-mail";
import { smtpConfigFromEnv, type SmtpConfigResult } from "@/lib/mail/smtp-transport";

const FROM = "Tezamen <tezamen@stad.example>";

function problemOf(result: SmtpConfigResult): string {
  if (result.kind !== "invalid") throw new Error(`expected an invalid configuration, got ${result.kind}`);
  return result.problem;
}

describe("SMTP configuration", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("is absent without SMTP_URL (also when only MAIL_FROM is set)", () => {
    expect(smtpConfigFromEnv({})).toEqual({ kind: "none" });
    expect(smtpConfigFromEnv({ SMTP_URL: "  ", MAIL_FROM: FROM })).toEqual({ kind: "none" });
  });

  it("reads smtps:// as TLS from the start, port 465 unless given, credentials decoded", () => {
    expect(
      smtpConfigFromEnv({ SMTP_URL: "smtps://mailer:p%40ss%3Aw0rd@mail.example.be", MAIL_FROM: FROM }),
    ).toEqual({
      kind: "ok",
      config: {
        host: "mail.example.be",
        port: 465,
        secure: true,
        auth: { user: "mailer", pass: "p@ss:w0rd" },
        from: FROM,
        fromDomain: "stad.example",
      },
    });
  });

  it("reads smtp:// as STARTTLS on port 587 unless given, with or without credentials", () => {
    const withAuth = smtpConfigFromEnv({ SMTP_URL: "smtp://u:p@relay.example.be:2525", MAIL_FROM: FROM });
    expect(withAuth).toMatchObject({
      kind: "ok",
      config: { host: "relay.example.be", port: 2525, secure: false, auth: { user: "u", pass: "p" } },
    });
    const relay = smtpConfigFromEnv({ SMTP_URL: "smtp://localhost", MAIL_FROM: "tezamen@stad.example" });
    expect(relay).toMatchObject({
      kind: "ok",
      config: { host: "localhost", port: 587, secure: false, auth: null, fromDomain: "stad.example" },
    });
    const ipv6 = smtpConfigFromEnv({ SMTP_URL: "smtp://[::1]:25", MAIL_FROM: FROM });
    expect(ipv6).toMatchObject({ kind: "ok", config: { host: "::1", port: 25 } });
  });

  it("requires MAIL_FROM with SMTP_URL, as one e-mail address", () => {
    const url = "smtps://u:p@mail.example.be";
    expect(problemOf(smtpConfigFromEnv({ SMTP_URL: url }))).toMatch(/MAIL_FROM is required/);
    expect(problemOf(smtpConfigFromEnv({ SMTP_URL: url, MAIL_FROM: " " }))).toMatch(/MAIL_FROM is required/);
    for (const bad of ["Tezamen", "tezamen@", "a@stad.example, b@stad.example", "tezamen@localhost"]) {
      expect(problemOf(smtpConfigFromEnv({ SMTP_URL: url, MAIL_FROM: bad }))).toMatch(
        /MAIL_FROM must be one/,
      );
    }
  });

  it("rejects a broken SMTP_URL without repeating it (it holds the password)", () => {
    const cases: [string, RegExp][] = [
      ["mail.example.be:465", /smtp:\/\/ or smtps:\/\//],
      ["not a url secret-pass", /not a valid URL/],
      ["https://u:secret-pass@mail.example.be", /smtp:\/\/ or smtps:\/\/, not https:\/\//],
      ["smtps://u:secret-pass@mail.example.be:465/x", /no path or \?options/],
      ["smtps://u:secret-pass@mail.example.be:465?pool=true", /no path or \?options/],
      ["smtps://u@mail.example.be", /both a user name and a password/],
      ["smtps://u:%E0%A4%A@mail.example.be", /%-encoded/],
      ["smtps://u:secret-pass@mail.example.be:99999", /not a valid URL/],
    ];
    for (const [url, problem] of cases) {
      const text = problemOf(smtpConfigFromEnv({ SMTP_URL: url, MAIL_FROM: FROM }));
      expect(text).toMatch(problem);
      expect(text).not.toContain("secret-pass");
    }
  });

  it("gives no transport for a broken configuration, logs why once, and reuses a good transport", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const env = { SMTP_URL: "smtps://u:secret-pass@mail.example.be" };
    expect(mailTransportFromEnv(env)).toBeNull();
    expect(mailTransportFromEnv(env)).toBeNull();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toMatch(/MAIL_FROM is required.*stays in the outbox/);
    expect(String(error.mock.calls[0]?.[0])).not.toContain("secret-pass");

    // Creating a transport opens no connection yet: nodemailer connects on the first message.
    const good = { ...env, MAIL_FROM: FROM };
    const transport = mailTransportFromEnv(good);
    expect(transport).not.toBeNull();
    expect(mailTransportFromEnv({ ...good })).toBe(transport);
    expect(mailTransportFromEnv({})).toBeNull();
  });
});
