import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { issueConfirmationToken, verifyConfirmationToken } from "@/lib/forms/confirmation-token";

const secret = "test-secret";
const issuedAt = new Date("2026-12-04T10:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;
const after = (ms: number) => new Date(issuedAt.getTime() + ms);
const data = {
  reference: "HV-3C4D6F",
  requestFor: "SOMEONE_ELSE",
  dueAt: Date.parse("2026-12-07T10:00:00Z"),
} as const;

/** A token made by hand, the way the format is written down: base64url(JSON) "." HMAC. */
function handMade(purpose: string, payload: object, key = secret): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const signature = createHmac("sha256", key).update(`confirmation.${purpose}.${body}`).digest("base64url");
  return `${body}.${signature}`;
}

describe("confirmation tokens", () => {
  it("give back what the thank-you page shows, and hold nothing else", () => {
    const token = issueConfirmationToken("help-request", data, { now: issuedAt, secret });
    expect(verifyConfirmationToken(token, "help-request", { now: after(DAY), secret })).toEqual({
      valid: true,
      data,
    });
    const payload = JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8"));
    expect(payload).toEqual({ ...data, exp: issuedAt.getTime() + 7 * DAY });
  });

  it("match the documented format (a token made by hand verifies)", () => {
    const token = handMade("help-request", { ...data, exp: issuedAt.getTime() + DAY });
    expect(verifyConfirmationToken(token, "help-request", { now: issuedAt, secret }).valid).toBe(true);
  });

  it("expire after seven days", () => {
    const token = issueConfirmationToken("volunteer-application", {}, { now: issuedAt, secret });
    expect(
      verifyConfirmationToken(token, "volunteer-application", { now: after(7 * DAY - 1), secret }),
    ).toEqual({ valid: true, data: {} });
    expect(verifyConfirmationToken(token, "volunteer-application", { now: after(7 * DAY), secret })).toEqual({
      valid: false,
      reason: "expired",
    });
  });

  it("refuse a changed payload, another secret, another form's token and garbage", () => {
    const token = issueConfirmationToken("help-request", data, { now: issuedAt, secret });
    const [, signature] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ ...data, reference: "HV-777777", exp: 9e12 })).toString("base64url")}.${signature}`;
    const refused = { valid: false, reason: "invalid" };
    const check = (t: unknown, purpose: "help-request" | "volunteer-application" = "help-request") =>
      verifyConfirmationToken(t, purpose, { now: issuedAt, secret });
    expect(check(forged)).toEqual(refused);
    expect(check(handMade("help-request", { ...data, exp: 9e12 }, "another-secret"))).toEqual(refused);
    expect(check(handMade("volunteer-application", { ...data, exp: 9e12 }))).toEqual(refused);
    expect(check(token, "volunteer-application")).toEqual(refused);
    expect(check(`${token}x`)).toEqual(refused);
    expect(check(undefined)).toEqual(refused);
    expect(check(["a", "b"])).toEqual(refused);
    expect(check("HV-3C4D6F")).toEqual(refused);
  });

  it("refuse a signed payload of the wrong shape (personal data can't ride along)", () => {
    const check = (payload: object) =>
      verifyConfirmationToken(handMade("help-request", payload), "help-request", { now: issuedAt, secret });
    expect(check({ ...data, reference: "<script>", exp: 9e12 })).toEqual({ valid: false, reason: "invalid" });
    expect(check({ reference: data.reference, exp: 9e12 })).toEqual({ valid: false, reason: "invalid" });
    // Unknown fields are dropped, never shown.
    expect(check({ ...data, firstName: "Maria", exp: 9e12 })).toEqual({ valid: true, data });
  });
});
