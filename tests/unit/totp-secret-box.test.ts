import { describe, expect, it } from "vitest";
import { generateTotpSecret, matchTotpStep, totpCode } from "@/lib/auth/totp";
import {
  isSealedTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  TotpSecretUnreadableError,
} from "@/lib/auth/totp-secret-box";

const KEY = "an-auth-secret-for-this-test";

describe("the TOTP secret box", () => {
  it("round-trips a secret, with a fresh IV every time", () => {
    const secret = generateTotpSecret();
    const a = sealTotpSecret(secret, KEY);
    const b = sealTotpSecret(secret, KEY);
    expect(a).not.toBe(b);
    expect(a).not.toContain(secret);
    expect(a.split(":")).toHaveLength(4);
    expect(isSealedTotpSecret(a)).toBe(true);
    expect(openTotpSecret(a, KEY)).toBe(secret);
    expect(openTotpSecret(b, KEY)).toBe(secret);
  });

  it("passes a legacy clear-text secret through", () => {
    expect(isSealedTotpSecret("JBSWY3DPEHPK3PXP")).toBe(false);
    expect(openTotpSecret("JBSWY3DPEHPK3PXP", KEY)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses another AUTH_SECRET, a changed ciphertext and an unknown version", () => {
    const sealed = sealTotpSecret(generateTotpSecret(), KEY);
    expect(() => openTotpSecret(sealed, "another-secret")).toThrow(TotpSecretUnreadableError);
    const [v, iv, tag, ct] = sealed.split(":");
    const flipped = `${ct![0] === "A" ? "B" : "A"}${ct!.slice(1)}`;
    expect(() => openTotpSecret([v, iv, tag, flipped].join(":"), KEY)).toThrow(TotpSecretUnreadableError);
    expect(() => openTotpSecret(`v9:${iv}:${tag}:${ct}`, KEY)).toThrow(TotpSecretUnreadableError);
  });
});

describe("matchTotpStep", () => {
  it("names the 30-second step of the code, one step of drift either way", () => {
    const secret = generateTotpSecret();
    const now = new Date("2026-12-04T09:00:10Z");
    const step = Math.floor(now.getTime() / 30_000);
    expect(matchTotpStep(secret, totpCode(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchTotpStep(secret, totpCode(secret, new Date(now.getTime() + 90_000)), now)).toBeNull();
  });
});
