/**
 * Moves the headings of rendered (sanitised) Markdown down so that a body
 * whose headings start at h2 fits under a section heading of the page:
 * with `top = 4`, h2 becomes h4 and h3 becomes h5. Never deeper than h6.
 */
export function shiftHeadings(html: string, top: number): string {
  const offset = Math.max(0, top - 2);
  if (offset === 0) return html;
  return html.replace(
    /<(\/?)h([2-6])>/g,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + offset)}>`,
  );
}
