/** Longest query we look at; anything longer is cut off, not refused. */
export const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 6;

/** The query as typed, trimmed and cut to a sane length; "" when empty. */
export function normaliseQuery(raw: string | string[] | undefined): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return (value ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

/**
 * The words of a query that every result must contain (in any field), so
 * "koffie babbel" also finds a text where the words are apart.
 */
export function toSearchTerms(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[\s,;:!?"()]+/)
    .map((w) => w.replace(/^[.'-]+|[.'-]+$/g, ""))
    .filter((w) => w.length >= 2);
  return [...new Set(words)].slice(0, MAX_TERMS);
}
