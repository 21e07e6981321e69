// Phone numbers as people write them, stored as E.164 (+32470123456) so that
// staff can search by number and spot a second request from the same person.
// Pure: used by the shared zod schemas in the browser and on the server.

const BELGIUM = "32";

/**
 * Normalises a phone number to E.164, or returns null when it cannot be a
 * real number. Accepts the usual Belgian ways of writing one:
 * `0470 12 34 56`, `0470/12.34.56`, `+32 470 12 34 56`, `+32 (0)470 12 34 56`,
 * `0032 470 12 34 56`, landlines (`015 12 34 56`, `02 123 45 67`) and free or
 * service numbers (`0800 12 345`). Foreign numbers are accepted when written
 * with their country code (`+31 6 12345678`, `0031 6 12345678`).
 */
export function normalizePhone(input: string | null | undefined): string | null {
  if (typeof input !== "string") return null;
  let text = input.trim();
  if (text === "") return null;
  // Only digits, a leading plus and the usual separators; letters mean a typo.
  if (!/^\+?[\d\s./()-]+$/.test(text)) return null;
  // "+32 (0)470…": the (0) is a national prefix people add out of habit.
  text = text.replace(/\(\s*0\s*\)/g, "");
  const hasPlus = text.startsWith("+");
  const digits = text.replace(/\D/g, "");

  // The digits after the country code's lead-in: a plus, or the international prefix 00.
  const international = hasPlus ? digits : digits.startsWith("00") ? digits.slice(2) : null;
  let national: string;
  if (international !== null) {
    if (!international.startsWith(BELGIUM)) return foreign(international);
    national = international.slice(BELGIUM.length);
  } else if (digits.startsWith("0")) {
    national = digits.slice(1);
  } else {
    // No trunk prefix and no country code ("470123456"): too ambiguous.
    return null;
  }

  // "+32 0470 …": a trunk zero after the country code.
  if (national.startsWith("0")) national = national.slice(1);
  return isBelgianNationalNumber(national) ? `+${BELGIUM}${national}` : null;
}

/**
 * Belgian national significant numbers: mobile numbers have 9 digits and start
 * with 45–49; every other number (landlines such as Liège's 04, 0800, 070,
 * 078, 090x) has 8 digits. Eight digits starting with 45–49 is a mobile
 * number with a digit missing, not a landline.
 */
function isBelgianNationalNumber(national: string): boolean {
  if (/^4[5-9]\d{7}$/.test(national)) return true;
  return /^[1-9]\d{7}$/.test(national) && !/^4[5-9]/.test(national);
}

/** A number with a foreign country code: E.164 allows at most 15 digits. */
function foreign(digits: string): string | null {
  if (!/^[1-9]\d{7,14}$/.test(digits)) return null;
  return `+${digits}`;
}

/** True when the text is empty or a phone number we can normalise. */
export function isValidPhoneOrEmpty(input: string): boolean {
  return input.trim() === "" || normalizePhone(input) !== null;
}

/** Formats an E.164 Belgian number the way people read it: +32470123456 → "0470 12 34 56". */
export function formatBelgianPhone(e164: string): string {
  if (!e164.startsWith(`+${BELGIUM}`)) return e164;
  const n = e164.slice(3);
  if (n.length === 9 && n.startsWith("4"))
    return `0${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`;
  if (n.startsWith("800") || n.startsWith("70") || n.startsWith("78") || n.startsWith("90")) {
    return n.startsWith("800")
      ? `0${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`
      : `0${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`;
  }
  // Brussels, Antwerp, Liège and Ghent have one-digit area codes.
  if (/^[2349]/.test(n)) return `0${n.slice(0, 1)} ${n.slice(1, 4)} ${n.slice(4, 6)} ${n.slice(6)}`;
  return `0${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4, 6)} ${n.slice(6)}`;
}
