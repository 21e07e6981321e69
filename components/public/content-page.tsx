import type { ReactNode } from "react";
import { Markdown } from "./markdown";
import { PageHeader } from "./page-header";

/** An information page: title as h1, summary as lead, Markdown body. `aside` comes between lead and body. */
export function ContentPage({
  page,
  aside,
  children,
}: {
  page: { title: string; summary: string; body: string };
  aside?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <article>
      <PageHeader title={page.title} lead={page.summary} />
      {aside ? <div className="max-w-3xl">{aside}</div> : null}
      <Markdown source={page.body} className="max-w-3xl" />
      {children}
    </article>
  );
}
