import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "./page-header";
import { PhoneLink } from "./phone-link";

// Pieces of the thank-you pages after the public forms.

/** The next step at the end of a thank-you page, as a link in its own paragraph. */
export function NextStepLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="text-brand-700 font-bold underline underline-offset-4">
        {children}
      </Link>
    </p>
  );
}

/** The free phone number in its own paragraph, under the sentence that says why to call. */
export function CallUs({ phoneNumber, children }: { phoneNumber: string; children: ReactNode }) {
  return (
    <>
      <p>{children}</p>
      <p>
        <PhoneLink phoneNumber={phoneNumber} />
      </p>
    </>
  );
}

/**
 * A thank-you page for a submission that can't be confirmed (unknown, or not
 * readable now). It never says "received": calling and the form are the ways on.
 */
export function ConfirmationMissing({
  title,
  lead,
  callUs,
  phoneNumber,
  formHref,
  formLabel,
  children,
}: {
  title: string;
  lead: string;
  /** Why to call, above the phone number. */
  callUs: string;
  phoneNumber: string;
  formHref: string;
  formLabel: string;
  /** After the link to the form. */
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} lead={lead} />
      <div className="max-w-3xl space-y-4 text-lg hyphens-auto">
        <CallUs phoneNumber={phoneNumber}>{callUs}</CallUs>
        <NextStepLink href={formHref}>{formLabel}</NextStepLink>
        {children}
      </div>
    </>
  );
}
