import { describe, expect, it } from "vitest";
import { formatBelgianPhone, isValidPhoneOrEmpty, normalizePhone } from "@/lib/phone/normalize-phone";

describe("normalizePhone", () => {
  it.each([
    ["0470 12 34 56", "+32470123456"],
    ["0470123456", "+32470123456"],
    ["+32 470 12 34 56", "+32470123456"],
    ["+32470123456", "+32470123456"],
    ["0032 470 12 34 56", "+32470123456"],
    ["0470/12.34.56", "+32470123456"],
    ["0470-12-34-56", "+32470123456"],
    ["  0470 12 34 56  ", "+32470123456"],
    ["+32 (0)470 12 34 56", "+32470123456"],
    ["+32 0470 12 34 56", "+32470123456"],
    ["0455 12 34 56", "+32455123456"],
    ["0499 99 99 99", "+32499999999"],
  ])("mobile number %s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ["015 12 34 56", "+3215123456"], // Mechelen
    ["015/12.34.56", "+3215123456"],
    ["02 123 45 67", "+3221234567"], // Brussels
    ["03 123 45 67", "+3231234567"], // Antwerp
    ["04 123 45 67", "+3241234567"], // Liège: 8 digits starting with 4 is a landline
    ["+32 15 12 34 56", "+3215123456"],
    ["0032 15 12 34 56", "+3215123456"],
  ])("landline %s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ["0800 12 345", "+3280012345"],
    ["0800/12.345", "+3280012345"],
    ["070 12 34 56", "+3270123456"],
  ])("free or service number %s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ["+31 6 12345678", "+31612345678"],
    ["0031 6 12345678", "+31612345678"],
    ["+33 6 12 34 56 78", "+33612345678"],
  ])("foreign number with its country code %s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "12345",
    "112",
    "0470 12 34", // too short
    "0470 12 34 567", // too long
    "0440 12 34 56", // 9 digits but not a mobile range
    "0478 12 34 5", // a mobile number with a digit missing (not a Liège landline)
    "470123456", // no trunk zero, no country code
    "0470 12 34 5a",
    "bel me maar",
    "+32 470 12 34 56 78",
    "+1",
    "00",
    "0012",
  ])("rejects %j", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it("rejects non-strings", () => {
    expect(normalizePhone(null)).toBeNull();
    expect(normalizePhone(undefined)).toBeNull();
  });
});

describe("isValidPhoneOrEmpty", () => {
  it("accepts empty input and valid numbers, rejects the rest", () => {
    expect(isValidPhoneOrEmpty("")).toBe(true);
    expect(isValidPhoneOrEmpty("  ")).toBe(true);
    expect(isValidPhoneOrEmpty("0470 12 34 56")).toBe(true);
    expect(isValidPhoneOrEmpty("12")).toBe(false);
  });
});

describe("formatBelgianPhone", () => {
  it.each([
    ["+32470123456", "0470 12 34 56"],
    ["+3215123456", "015 12 34 56"],
    ["+3221234567", "02 123 45 67"],
    ["+3280012345", "0800 12 345"],
    ["+3270123456", "070 12 34 56"],
    ["+31612345678", "+31612345678"],
  ])("%s reads as %s", (input, expected) => {
    expect(formatBelgianPhone(input)).toBe(expected);
  });

  it("round-trips through normalizePhone", () => {
    for (const n of ["+32470123456", "+3215123456", "+3221234567", "+3280012345"]) {
      expect(normalizePhone(formatBelgianPhone(n))).toBe(n);
    }
  });
});
