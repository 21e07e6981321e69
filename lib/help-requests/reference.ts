import { randomInt } from "node:crypto";

/**
 * Characters that can't be misread on a phone screen, on paper or over the
 * phone: no 0/O, 1/I/L, U/V, 5/S, 2/Z, 8/B. 23 characters; 6 of them give
 * 148 million codes.
 */
export const REFERENCE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY";
export const REFERENCE_PREFIX = "HV-";
export const REFERENCE_LENGTH = 6;

const REFERENCE_PATTERN = new RegExp(`^${REFERENCE_PREFIX}[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** A new random reference such as "HV-7K3Q9P" (crypto-random, uniform over the alphabet). */
export function generateReference(): string {
  let code = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return REFERENCE_PREFIX + code;
}

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}

/**
 * A reference as someone may type or read it back ("hv 7k3q9p", "7K3Q9P") in
 * its stored form, or null when it cannot be one.
 */
export function normalizeReference(input: string | null | undefined): string | null {
  if (typeof input !== "string") return null;
  const compact = input.toUpperCase().replace(/[\s-]/g, "");
  const code =
    compact.startsWith("HV") && compact.length === REFERENCE_LENGTH + 2 ? compact.slice(2) : compact;
  const reference = REFERENCE_PREFIX + code;
  return isReference(reference) ? reference : null;
}
