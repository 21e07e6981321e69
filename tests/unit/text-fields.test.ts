import { describe, expect, it } from "vitest";
import { z } from "@/lib/validation/zod";
import { valuesToShowAgain } from "@/lib/forms/form-data";
import { fieldErrors, text, withoutInvisibleCharacters } from "@/lib/validation/fields";
import { helpRequestSchema } from "@/lib/validation/help-request-schema";

const message = text(1000, "Te lang.", "Wil je iets meer vertellen?");
const refusal =
  "In 'Wil je iets meer vertellen?' stond een onzichtbaar teken, bijvoorbeeld uit een gekopieerde tekst. We hebben het weggehaald. Kijk de tekst na en verstuur opnieuw.";

describe("the free-text rule", () => {
  it("leaves ordinary Dutch text alone: accents, emoji, quotes, new lines and tabs", () => {
    const typed =
      "Één vraag: ik woon in de Kruidtuinlaan 3 — al 40 jaar 😊\r\nTweede regel\tmet een tab, “café” en naïef.";
    expect(message.parse(`  ${typed}  `)).toBe(typed);
    expect(message.parse("مرحبا — שלום — Привет")).toBe("مرحبا — שלום — Привет");
  });

  it.each([
    ["NUL", "Maria\u0000"],
    ["a C0 control (bell)", "a\u0007b"],
    ["escape", "a\u001b[31mb"],
    ["delete", "a\u007fb"],
    ["a C1 control (next line)", "a\u0085b"],
    ["a C1 control (CSI)", "a\u009bb"],
    ["a right-to-left override", "Bel 0470\u202E65 43 21"],
    ["a left-to-right embedding", "a\u202Ab"],
    ["a first-strong isolate", "a\u2068b\u2069"],
    ["a left-to-right isolate", "a\u2066b"],
  ])("refuses %s, naming the field", (_, typed) => {
    const result = message.safeParse(typed);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([refusal]);
  });

  it("gives back the text without those characters, to show again", () => {
    expect(withoutInvisibleCharacters("Ma\u0000ria\u202E 😊\r\n\tx\u0085")).toBe("Maria 😊\r\n\tx");
    expect(
      valuesToShowAgain({ firstName: "Jo\u0000zef", needs: ["VISIT_OR_WALK"], message: "a\u2066b" }),
    ).toEqual({ firstName: "Jozef", needs: ["VISIT_OR_WALK"], message: "ab" });
  });

  it("makes the help form refuse a NUL byte in the message with a field error", () => {
    const result = helpRequestSchema.safeParse({
      requestFor: "SELF",
      needs: ["CHAT_OR_CALL"],
      firstName: "Maria",
      phone: "0470 12 34 56",
      language: "nl",
      consent: "yes",
      message: "Ik zie\u0000 niemand meer.",
    });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error as z.ZodError)).toEqual({ message: refusal });
  });
});

// Every schema of every form (public and staff), found by looking at what
// lib/validation exports: no field may let a NUL, control or bidi character through.
const modules = import.meta.glob<Record<string, unknown>>("/lib/validation/*.ts", { eager: true });

function fieldsOf(schema: unknown): Record<string, z.ZodType> | null {
  if (schema instanceof z.ZodObject) return schema.shape as Record<string, z.ZodType>;
  if (schema instanceof z.ZodPipe) return fieldsOf(schema.in);
  return null;
}

// Passwords are hashed, never stored or shown: they are taken exactly as typed.
const PASSWORDS = /\.(password|passwordConfirm|currentPassword)$/;

const everyField = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports).flatMap(([name, value]) =>
    Object.entries(fieldsOf(value) ?? {})
      .map(([field, schema]) => ({ where: `${file.replace(/^.*\//, "")} ${name}.${field}`, schema }))
      .filter(({ where }) => !PASSWORDS.test(where)),
  ),
);

describe("every form field", () => {
  it("is found (the list is not empty by accident)", () => {
    expect(everyField.length).toBeGreaterThan(100);
    expect(everyField.map((f) => f.where)).toContain("help-request-schema.ts helpRequestFields.message");
    expect(everyField.map((f) => f.where)).toContain("staff-request-schemas.ts addNoteSchema.note");
  });

  it.each(["\u0000", "\u001b", "\u0085", "\u202E", "\u2067"])("never passes %j on", (character) => {
    const passed = everyField.filter(({ schema }) => {
      const result = schema.safeParse(`Maria${character}`);
      const output = JSON.stringify(result.data ?? null);
      return result.success && output.includes(JSON.stringify(character).slice(1, -1));
    });
    expect(passed.map((f) => f.where)).toEqual([]);
  });
});
