import { describe, expect, it } from "vitest";
import { issueFormToken, MIN_FILL_TIME_MS, verifyFormToken } from "@/lib/forms/form-token";

const secret = "test-secret";
const issuedAt = new Date("2026-11-23T10:00:00.000Z");
const later = (ms: number) => new Date(issuedAt.getTime() + ms);

describe("form tokens", () => {
  it("have the form <issuedAtMs>.<random>.<hmac>", () => {
    const token = issueFormToken("help-request", { now: issuedAt, secret });
    const [time, nonce, signature] = token.split(".");
    expect(Number(time)).toBe(issuedAt.getTime());
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("are different every time (the random part is the idempotency key)", () => {
    const a = issueFormToken("help-request", { now: issuedAt, secret });
    const b = issueFormToken("help-request", { now: issuedAt, secret });
    expect(a).not.toBe(b);
    expect(a.split(".")[1]).not.toBe(b.split(".")[1]);
  });

  it("verify after the minimum fill time, giving back the random part", () => {
    const token = issueFormToken("help-request", { now: issuedAt, secret });
    const check = verifyFormToken(token, "help-request", { now: later(MIN_FILL_TIME_MS + 1), secret });
    expect(check).toEqual({ valid: true, nonce: token.split(".")[1], issuedAt, tooFast: false });
  });

  it("are too fast before the minimum fill time, and pass a moment later", () => {
    const token = issueFormToken("help-request", { now: issuedAt, secret });
    expect(MIN_FILL_TIME_MS).toBe(3000);
    expect(verifyFormToken(token, "help-request", { now: later(500), secret })).toMatchObject({
      valid: true,
      tooFast: true,
    });
    expect(verifyFormToken(token, "help-request", { now: later(2999), secret })).toMatchObject({
      valid: true,
      tooFast: true,
    });
    expect(verifyFormToken(token, "help-request", { now: later(3000), secret })).toMatchObject({
      valid: true,
      tooFast: false,
    });
  });

  it("never expire: a slow reader may take all the time needed", () => {
    const token = issueFormToken("help-request", { now: issuedAt, secret });
    expect(verifyFormToken(token, "help-request", { now: later(7 * 24 * 3600_000), secret })).toMatchObject({
      valid: true,
      tooFast: false,
    });
  });

  it("are refused when tampered with", () => {
    const token = issueFormToken("help-request", { now: issuedAt, secret });
    const [time, nonce, signature] = token.split(".") as [string, string, string];
    const options = { now: later(10_000), secret };
    // An older issue time, to get past the minimum fill time.
    expect(
      verifyFormToken(`${Number(time) - 60_000}.${nonce}.${signature}`, "help-request", options),
    ).toEqual({ valid: false });
    // Another random part, to dodge idempotency.
    const otherNonce = (nonce[0] === "A" ? "B" : "A") + nonce.slice(1);
    expect(verifyFormToken(`${time}.${otherNonce}.${signature}`, "help-request", options)).toEqual({
      valid: false,
    });
    // A forged signature.
    const otherSignature = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    expect(verifyFormToken(`${time}.${nonce}.${otherSignature}`, "help-request", options)).toEqual({
      valid: false,
    });
  });

  it("are refused with another secret or for another form", () => {
    const token = issueFormToken("help-request", { now: issuedAt, secret });
    expect(verifyFormToken(token, "help-request", { now: later(10_000), secret: "other" })).toEqual({
      valid: false,
    });
    expect(verifyFormToken(token, "volunteer-application", { now: later(10_000), secret })).toEqual({
      valid: false,
    });
  });

  it("are refused when missing or malformed", () => {
    const options = { now: later(10_000), secret };
    for (const bad of [null, undefined, "", "abc", "1.2.3", 42, "x".repeat(500), `${issuedAt.getTime()}..`]) {
      expect(verifyFormToken(bad, "help-request", options)).toEqual({ valid: false });
    }
  });

  it("use AUTH_SECRET when no secret is passed", () => {
    const previous = process.env.AUTH_SECRET;
    try {
      process.env.AUTH_SECRET = "from-env";
      const token = issueFormToken("volunteer-application", { now: issuedAt });
      expect(
        verifyFormToken(token, "volunteer-application", { now: later(10_000), secret: "from-env" }).valid,
      ).toBe(true);
      expect(
        verifyFormToken(token, "volunteer-application", { now: later(10_000), secret: "other" }).valid,
      ).toBe(false);
    } finally {
      process.env.AUTH_SECRET = previous;
    }
  });
});
