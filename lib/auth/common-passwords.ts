// Passwords attackers try first: the list of the most common (breached)
// passwords that the zxcvbn-ts project maintains and ships as data
// (@zxcvbn-ts/language-common, ~49,000 entries), plus a few Dutch ones. Read
// from the package, never over the network.
import { dictionary } from "@zxcvbn-ts/language-common";

// Obvious for this site and in Dutch, and not on the (mostly English) list.
const DUTCH_AND_SITE = ["wachtwoord", "paswoord", "welkom", "geheim", "tezamen", "eenzaamheid"];

let list: Set<string> | undefined;
function commonPasswords(): Set<string> {
  list ??= new Set([...dictionary["passwords-common"], ...DUTCH_AND_SITE].map((p) => p.toLowerCase()));
  return list;
}

/**
 * True for a listed password, whatever its capitals, also with digits or
 * signs around it ("Welkom2026!", "qwerty123456") and repeated
 * ("passwordpassword", "abcabcabcabc"): variants people make of a listed
 * password to pass a length rule.
 */
export function isCommonPassword(password: string): boolean {
  const listed = commonPasswords();
  const lower = password.toLowerCase();
  if (listed.has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (core.length >= 4 && listed.has(core)) return true;
  const unit = /^(.+?)\1+$/u.exec(lower)?.[1];
  return unit !== undefined && (unit.length <= 4 || listed.has(unit));
}
