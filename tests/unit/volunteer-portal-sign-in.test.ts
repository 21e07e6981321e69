import { describe, expect, it } from "vitest";
import {
  logContactSchema,
  raiseConcernSchema,
  verifyLoginCodeSchema,
} from "@/lib/validation/volunteer-portal-schemas";
import {
  hashLinkToken,
  hashLoginCode,
  loginCodeMatches,
  newLinkToken,
  newLoginCode,
} from "@/lib/volunteer-portal/login-code-hash";

describe("sign-in codes", () => {
  it("are 6 digits, leading zeros kept", () => {
    for (let i = 0; i < 200; i++) expect(newLoginCode()).toMatch(/^\d{6}$/);
  });

  it("are bound to the volunteer and the secret", () => {
    const hash = hashLoginCode("vol-1", "123456");
    expect(loginCodeMatches(hash, "vol-1", "123456")).toBe(true);
    expect(loginCodeMatches(hash, "vol-2", "123456")).toBe(false);
    expect(loginCodeMatches(hash, "vol-1", "123457")).toBe(false);
    expect(hashLoginCode("vol-1", "123456", "another secret")).not.toBe(hash);
  });

  it("come with a long random link token, stored hashed", () => {
    const token = newLinkToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newLinkToken()).not.toBe(token);
    expect(hashLinkToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("may be typed with spaces", () => {
    const parsed = verifyLoginCodeSchema.parse({ email: " Vera@Buren.example ", code: "123 456" });
    expect(parsed).toEqual({ email: "vera@buren.example", code: "123456" });
    expect(verifyLoginCodeSchema.safeParse({ email: "vera@buren.example", code: "12345" }).success).toBe(
      false,
    );
  });
});

describe("the forms of a link", () => {
  it("log a contact in one tap, but 'something else' needs a few words", () => {
    expect(logContactSchema.safeParse({ linkId: "abc", kind: "CALLED" }).success).toBe(true);
    const other = logContactSchema.safeParse({ linkId: "abc", kind: "OTHER", note: " " });
    expect(other.error?.issues.map((i) => i.path[0])).toEqual(["note"]);
  });

  it("want a category and a short text for a concern", () => {
    const empty = raiseConcernSchema.safeParse({ linkId: "abc" });
    expect(empty.error?.issues.map((i) => i.path[0]).sort()).toEqual(["body", "category"]);
    expect(
      raiseConcernSchema.safeParse({ linkId: "abc", category: "UNREACHABLE", body: "Neemt niet op" }).success,
    ).toBe(true);
  });
});
