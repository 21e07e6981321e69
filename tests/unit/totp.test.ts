import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  totpCode,
  totpUri,
  verifyTotp,
} from "@/lib/auth/totp";

// RFC 6238, appendix B: the SHA-1 key is the ASCII string "12345678901234567890".
const RFC_KEY = base32Encode(Buffer.from("12345678901234567890", "ascii"));

describe("TOTP", () => {
  it.each([
    [59, "94287082"],
    [1111111109, "07081804"],
    [1111111111, "14050471"],
    [1234567890, "89005924"],
    [2000000000, "69279037"],
    [20000000000, "65353130"],
  ])("matches the RFC 6238 test vector at %i s", (seconds, expected) => {
    expect(totpCode(RFC_KEY, new Date(seconds * 1000), 8)).toBe(expected);
  });

  it("round-trips base32", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255, 128, 64]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
  });

  it("accepts the current code and one step of drift, and nothing else", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const now = new Date("2026-11-23T10:00:10Z");
    expect(verifyTotp(secret, totpCode(secret, now), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe(true);
    expect(verifyTotp(secret, totpCode(secret, new Date(now.getTime() - 90_000)), now)).toBe(false);
    expect(verifyTotp(secret, "12345", now)).toBe(false);
    expect(verifyTotp(secret, "abcdef", now)).toBe(false);
    // People type codes with a space in the middle, as apps show them.
    const code = totpCode(secret, now);
    expect(verifyTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(true);
  });

  it("builds an otpauth URI for the QR code", () => {
    expect(totpUri("ABC", "an@stad.be", "Tezamen Mechelen")).toBe(
      "otpauth://totp/Tezamen%20Mechelen%3Aan%40stad.be?secret=ABC&issuer=Tezamen%20Mechelen&algorithm=SHA1&digits=6&period=30",
    );
  });
});
