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

/** Free text, trimmed; empty is allowed here (required-ness is checked where it depends on other answers). */
export function text(max: number, tooLong: string) {
  return z.string().trim().max(max, tooLong).prefault("");
}

/** Free text that must be filled in. */
export function requiredText(max: number, missing: string, tooLong: string) {
  return z.string().trim().min(1, missing).max(max, tooLong).prefault("");
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
