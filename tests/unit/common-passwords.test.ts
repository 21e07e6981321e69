import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/auth/common-passwords";

describe("isCommonPassword", () => {
  it("finds passwords on the shipped list, whatever their capitals", () => {
    expect(isCommonPassword("1qaz2wsx3edc")).toBe(true);
    expect(isCommonPassword("QWERTY123456")).toBe(true);
    expect(isCommonPassword("administrator")).toBe(true);
  });

  it("finds a listed password with digits or signs around it, and repeated", () => {
    expect(isCommonPassword("Sunshine2026!")).toBe(true);
    expect(isCommonPassword("!!Welkom123456")).toBe(true);
    expect(isCommonPassword("dragondragon")).toBe(true);
    expect(isCommonPassword("abcabcabcabc")).toBe(true);
  });

  it("finds the Dutch and site words added to the list", () => {
    expect(isCommonPassword("Wachtwoord2026")).toBe(true);
    expect(isCommonPassword("tezamen123456")).toBe(true);
  });

  it("lets a passphrase through", () => {
    expect(isCommonPassword("fietsen langs de Nete 2027")).toBe(false);
    expect(isCommonPassword("een-lang-wachtwoord-2026")).toBe(false);
    expect(isCommonPassword("zomer aan de Dijle 2026")).toBe(false);
  });
});
