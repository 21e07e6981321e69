import type { ReactNode } from "react";
import { HelpCallout } from "./help-callout";
import { PageHeader } from "./page-header";

/** Shown in place of a page's content when the database can't be reached: the way to help stays. */
export function ContentUnavailable({ phoneNumber, children }: { phoneNumber: string; children?: ReactNode }) {
  return (
    <>
      <PageHeader
        title="Deze pagina is even niet beschikbaar"
        lead="Er is een storing op de website. Dat ligt niet aan jou. Probeer het over een paar minuten opnieuw."
      />
      {children}
      <HelpCallout phoneNumber={phoneNumber} title="Hulp nodig? Bel ons gratis" />
    </>
  );
}
