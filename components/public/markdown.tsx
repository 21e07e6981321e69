import { renderMarkdown } from "@/lib/markdown/render-markdown";

/** Renders editor Markdown (sanitised) with the site's reading styles. */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  return (
    <div
      className={`prose-tezamen ${className}`}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
