// The markers that stand in for a mail's secrets: masked for the outbox,
// filled in for delivery, and checked when a mail is queued.
import { describe, expect, it } from "vitest";
import {
  assertSecretsFit,
  fillSecrets,
  maskSecrets,
  readSecrets,
  secretLabelsIn,
  secretMarker,
} from "@/lib/mail/mail-secrets";

const expiresAt = new Date("2026-12-04T18:00:00Z");
const text = "Je code is: {{geheim:inlogcode}}\nOf klik op deze link:\n{{geheim:inloglink}}\n";

describe("mail secrets", () => {
  it("marks where a secret goes, with a lowercase label only", () => {
    expect(secretMarker("uitnodigingslink")).toBe("{{geheim:uitnodigingslink}}");
    expect(() => secretMarker("Inlog Code")).toThrow();
    expect(() => secretMarker("}}x")).toThrow();
  });

  it("masks every secret for the outbox, and names them in order", () => {
    expect(maskSecrets(text)).toBe(
      "Je code is: [verborgen: inlogcode]\nOf klik op deze link:\n[verborgen: inloglink]\n",
    );
    expect(secretLabelsIn("Je code: {{geheim:inlogcode}}", text)).toEqual(["inlogcode", "inloglink"]);
    expect(maskSecrets("Geen geheim {{geheim:}} hier")).toBe("Geen geheim {{geheim:}} hier");
  });

  it("fills the secrets in for delivery, and says 'verlopen' for one that is gone", () => {
    expect(fillSecrets(text, { inlogcode: "123456", inloglink: "https://x.example/v/abc" })).toBe(
      "Je code is: 123456\nOf klik op deze link:\nhttps://x.example/v/abc\n",
    );
    expect(fillSecrets(text, null)).toBe(
      "Je code is: [verlopen: inlogcode]\nOf klik op deze link:\n[verlopen: inloglink]\n",
    );
    // A value that looks like a marker or a replacement pattern is put in as is.
    expect(fillSecrets("{{geheim:inlogcode}}", { inlogcode: "$& $1" })).toBe("$& $1");
  });

  it("accepts a mail whose every secret has a marker and every marker a secret", () => {
    expect(() =>
      assertSecretsFit([text], {
        values: { inlogcode: "123456", inloglink: "https://x.example/v/abc" },
        expiresAt,
      }),
    ).not.toThrow();
    expect(() => assertSecretsFit(["Gewoon een tekst."], undefined)).not.toThrow();
  });

  it("refuses a secret written out, a secret without a marker, a marker without a secret, an empty secret", () => {
    const values = { inlogcode: "123456", inloglink: "https://x.example/v/abc" };
    expect(() => assertSecretsFit([`${text} 123456`], { values, expiresAt })).toThrow(/written out/);
    expect(() =>
      assertSecretsFit(["Je code: 123456"], { values: { inlogcode: "123456" }, expiresAt }),
    ).toThrow(/no marker/);
    expect(() => assertSecretsFit([text], { values: { inlogcode: "123456" }, expiresAt })).toThrow(
      /without a secret: inloglink/,
    );
    expect(() => assertSecretsFit([text], undefined)).toThrow(/without a secret/);
    expect(() => assertSecretsFit([text], { values: { ...values, inlogcode: "" }, expiresAt })).toThrow(
      /empty/,
    );
  });

  it("reads back only a label → text map", () => {
    expect(readSecrets({ inlogcode: "1", x: 2 })).toEqual({ inlogcode: "1" });
    expect(readSecrets(null)).toBeNull();
    expect(readSecrets(["a"])).toBeNull();
  });
});
