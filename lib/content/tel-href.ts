/**
 * A `tel:` href for a phone number as people write it: only digits and a
 * leading "+" survive, so "0800 12 345" becomes "tel:080012345".
 */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, "");
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}
