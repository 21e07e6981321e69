/** A piece of text, marked when it matches a search term. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * A short excerpt of `text` around the first search term it contains (or its
 * start), cut at word boundaries, with "…" where text was left out.
 */
export function makeSnippet(text: string, terms: string[], maxLength = 180): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= maxLength) return clean;
  const lower = clean.toLowerCase();
  const hits = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const first = hits.length ? Math.min(...hits) : 0;
  let start = Math.max(0, first - Math.floor(maxLength / 3));
  if (start > 0) {
    const space = clean.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(clean.length, start + maxLength);
  if (end < clean.length) {
    const space = clean.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  return `${start > 0 ? "…" : ""}${clean.slice(start, end).trim()}${end < clean.length ? "…" : ""}`;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Splits text into plain and matching segments, to mark search terms in results. */
export function highlightTerms(text: string, terms: string[]): TextSegment[] {
  const usable = terms.filter((t) => t.length > 0);
  if (!usable.length) return [{ text, match: false }];
  const pattern = new RegExp(`(${usable.map(escapeRegExp).join("|")})`, "gi");
  return text
    .split(pattern)
    .filter((part) => part.length > 0)
    .map((part) => ({ text: part, match: usable.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}
