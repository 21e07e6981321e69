import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

const ALLOWED_TAGS = [
  "h2",
  "h3",
  "h4",
  "p",
  "ul",
  "ol",
  "li",
  "a",
  "strong",
  "em",
  "blockquote",
  "br",
  "hr",
  "code",
];

/**
 * Markdown written by editors, rendered to sanitised HTML: only plain text
 * markup and safe links survive, so content can never inject scripts.
 */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: false });
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["https", "http", "mailto", "tel"],
    // Headings in content start at h2: the page owns its h1.
    transformTags: { h1: "h2" },
  });
}

/** Plain text of a Markdown source, for search snippets and meta descriptions. */
export function markdownToText(source: string): string {
  return sanitizeHtml(marked.parse(source, { async: false }), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
}
