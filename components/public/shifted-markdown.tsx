import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { shiftHeadings } from "@/lib/content/shift-headings";

/**
 * Editor Markdown (sanitised by renderMarkdown) shown inside a section of the
 * page: its headings start at `top` instead of h2, so the outline stays logical.
 */
export function ShiftedMarkdown({
  source,
  top,
  className = "",
}: {
  source: string;
  top: 3 | 4 | 5;
  className?: string;
}) {
  return (
    <div
      className={`prose-tezamen [&_h4]:mt-5 [&_h4]:mb-2 [&_h4]:text-lg [&_h4]:font-bold [&_h5]:mt-4 [&_h5]:mb-2 [&_h5]:font-bold ${className}`}
      dangerouslySetInnerHTML={{ __html: shiftHeadings(renderMarkdown(source), top) }}
    />
  );
}
