import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/text-link";
import { HelpCallout } from "./help-callout";
import { PageHeader } from "./page-header";

/** The body of the "not found" and "something went wrong" pages: what happened, and where to go now. */
export function LostPage({
  title,
  lead,
  phoneNumber,
  children,
}: {
  title: string;
  lead: string;
  phoneNumber: string;
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      {children}
      <h2 className="text-brand-900 text-2xl font-bold">Waar wil je naartoe?</h2>
      <ul className="mt-3 space-y-1">
        <li>
          <TextLink href="/" className="inline-flex min-h-11 items-center">
            Naar de startpagina
          </TextLink>
        </li>
        <li>
          <TextLink href="/aanbod" className="inline-flex min-h-11 items-center">
            Aanbod in je buurt bekijken
          </TextLink>
        </li>
        <li>
          <TextLink href="/zoeken" className="inline-flex min-h-11 items-center">
            Zoeken op de website
          </TextLink>
        </li>
      </ul>
      <HelpCallout phoneNumber={phoneNumber} />
    </>
  );
}
