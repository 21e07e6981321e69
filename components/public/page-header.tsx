import type { ReactNode } from "react";

/** The one h1 of a page, with its lead text. */
export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: string | null;
  children?: ReactNode;
}) {
  return (
    <div className="mb-8 max-w-3xl">
      <h1 className="text-brand-900 text-[1.75rem] leading-tight font-extrabold hyphens-auto sm:text-4xl">
        {title}
      </h1>
      {lead ? <p className="mt-4 text-xl leading-relaxed">{lead}</p> : null}
      {children}
    </div>
  );
}
