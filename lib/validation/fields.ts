// Building blocks for the public forms' zod schemas. Every field arrives from
// FormData as a string (or a list of strings for checkboxes); a missing field
// counts as empty ("prefault"), so a required field gets its own Dutch message
// instead of zod's generic one.
import { z } from "@/lib/validation/zod";
import { isValidPhoneOrEmpty, normalizePhone } from "@/lib/phone/normalize-phone";
import { NEIGHBOURHOOD_UNKNOWN } from "./options";

export const PHONE_INVALID = "Dit telefoonnummer klopt niet. Schrijf het bijvoorbeeld zo: 0470 12 34 56.";
export const EMAIL_INVALID = "Dit e-mailadres klopt niet. Schrijf het bijvoorbeeld zo: naam@voorbeeld.be.";
export const NOT_IN_LIST = "Kies een van de mogelijkheden uit de lijst.";

export const NAME_MAX = 80;
export const MESSAGE_MAX = 1000;

/**
 * Characters no one types on purpose and that free text may not contain:
 * C0 and C1 control characters except tab, line feed and carriage return (a
 * form sends a new line as CR LF), among them NUL, which Postgres refuses in
 * text; and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which make text shown to staff read
 * differently from what is stored. They are refused rather than silently
 * dropped, so nothing is stored that differs from what the person saw; the form
 * shows the text again without them (see `withoutInvisibleCharacters`), so
 * sending once more is all it takes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE_CHARACTERS = new RegExp(INVISIBLE_CHARACTER.source, "g");

export function hasInvisibleCharacters(value: string): boolean {
  return INVISIBLE_CHARACTER.test(value);
}

/** The text without the characters free text may not contain: what a form shows again after refusing them. */
export function withoutInvisibleCharacters(value: string): string {
  return value.replace(INVISIBLE_CHARACTERS, "");
}

/** The message for free text with such characters; `label` names the field as the form does. */
export function invisibleCharactersMessage(label: string): string {
  return `In '${label}' stond een onzichtbaar teken, bijvoorbeeld uit een gekopieerde tekst. We hebben het weggehaald. Kijk de tekst na en verstuur opnieuw.`;
}

/** The one rule every free-text field starts with (public and staff forms alike). */
function freeText(label: string) {
  return z.string().refine((v) => !hasInvisibleCharacters(v), {
    message: invisibleCharactersMessage(label),
    abort: true,
  });
}

/**
 * Free text, trimmed; empty is allowed here (required-ness is checked where it
 * depends on other answers). `label` names the field in the message about invisible characters.
 */
export function text(max: number, tooLong: string, label: string) {
  return freeText(label).trim().max(max, tooLong).prefault("");
}

/** Free text that must be filled in. */
export function requiredText(max: number, missing: string, tooLong: string, label: string) {
  return freeText(label).trim().min(1, missing).max(max, tooLong).prefault("");
}

/**
 * A search term from the address bar. It is never stored, so the characters
 * free text may not contain are simply dropped (a NUL would make Postgres refuse the query).
 */
export function searchTerm() {
  return z.string().transform((v) => withoutInvisibleCharacters(v).trim());
}

/** A phone number in any common Belgian way of writing, or empty. Normalise with `phoneOrNull`. */
export function phone() {
  return z.string().trim().max(40, PHONE_INVALID).refine(isValidPhoneOrEmpty, PHONE_INVALID).prefault("");
}

// The pattern zod itself uses for e-mail addresses: strict enough to catch typos.
const EMAIL_PATTERN = z.regexes.email;

/** An e-mail address, or empty. */
export function email() {
  return z
    .string()
    .trim()
    .max(200, EMAIL_INVALID)
    .refine((v) => v === "" || EMAIL_PATTERN.test(v), EMAIL_INVALID)
    .prefault("");
}

/** The values of a list of options, as zod's enum wants them (at least one). */
export function optionValues<T extends string>(options: readonly { value: T }[]): [T, ...T[]] {
  return options.map((o) => o.value) as [T, ...T[]];
}

/** A neighbourhood slug from the list, or "" when not known. The list itself lives in the database. */
export function neighbourhood(invalid: string) {
  return z
    .string()
    .trim()
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, invalid)
    .max(80, invalid)
    .prefault("");
}

/** One of the values (a radio group or a select that must be answered). */
export function choice<const T extends readonly [string, ...string[]]>(values: T, missing: string) {
  return z.enum(values, { error: missing }).prefault("" as T[number]);
}

/** One of the values, or "" when left open. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum([...values, ""] as [...T, ""], { error: NOT_IN_LIST }).prefault("");
}

/** A group of checkboxes: the values ticked. */
export function checkboxes<const T extends readonly [string, ...string[]]>(
  values: T,
  min: number,
  tooFew: string,
) {
  return z
    .array(z.enum(values, { error: NOT_IN_LIST }))
    .min(min, tooFew)
    .prefault([]);
}

/** The consent checkbox (value "yes"). */
export function consent(missing: string) {
  return z.literal("yes", { error: missing }).prefault("" as "yes");
}

export function emptyToNull<T extends string>(value: T | ""): T | null {
  return value === "" ? null : value;
}

/** Whether a (possibly missing) answer is filled in, for the whole-form checks. */
export function filled(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/** The chosen neighbourhood slug, or null when none was chosen or "not known". */
export function neighbourhoodSlugOrNull(value: string): string | null {
  return value === NEIGHBOURHOOD_UNKNOWN ? null : value || null;
}

/** A validated phone field as E.164, or null when empty. */
export function phoneOrNull(value: string): string | null {
  return value === "" ? null : normalizePhone(value);
}

/** A validated e-mail address in lower case (for finding duplicates), or null. */
export function emailOrNull(value: string): string | null {
  return value === "" ? null : value.toLowerCase();
}

/** Field name → first message, from a failed parse. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** Runs a whole-form check even when single fields already failed, so that every error shows at once. */
export const ALWAYS = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};
