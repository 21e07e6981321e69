import type { ReactNode } from "react";
import { Markdown } from "./markdown";
import { PageHeader } from "./page-header";
import { PhoneLink } from "./phone-link";

/**
 * The page around a public form: the editable page text (or the built-in one
 * when it is not written or can't be read), the free phone number as another
 * way in, then the form and what goes with it (`children`).
 */
export function FormPage({
  page,
  title,
  lead,
  fallbackBody,
  callUs,
  phoneNumber,
  children,
}: {
  page: { title: string; summary: string; body: string } | null;
  /** The built-in title, lead and body, for when `page` is null. */
  title: string;
  lead: string;
  fallbackBody?: ReactNode;
  /** What comes before the phone number, such as "Je kan ons ook gratis bellen:". */
  callUs: string;
  phoneNumber: string;
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={page?.title ?? title} lead={page?.summary ?? lead} />
      <div className="max-w-3xl hyphens-auto">
        {page ? <Markdown source={page.body} /> : fallbackBody}
        <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 text-lg">
          <span>{callUs}</span>
          <PhoneLink phoneNumber={phoneNumber} />
        </p>
        {children}
      </div>
    </>
  );
}
