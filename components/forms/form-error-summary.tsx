"use client";

import type { FormState } from "@/lib/forms/form-state";
import { telHref } from "@/lib/content/tel-href";
import { ErrorSummary, type SummaryError } from "./error-summary";

export interface FormTexts {
  /** "Je vraag", "Je aanmelding" */
  subject: string;
  /** The submit button's words, as the messages refer to it. */
  button: string;
  /** What to say when the rate limit is reached (before "Bel ons gratis op …"). */
  rateLimited: string;
}

/**
 * The error summary of a public form: the field errors in the order of the
 * form, or what went wrong with the form as a whole, always with the free
 * phone number as a way out.
 */
export function FormErrorSummary({
  state,
  fieldOrder,
  phoneNumber,
  texts,
}: {
  state: FormState;
  fieldOrder: readonly string[];
  phoneNumber: string;
  texts: FormTexts;
}) {
  if (!state.formError && Object.keys(state.errors).length === 0) return null;
  const phone = (
    <a
      href={telHref(phoneNumber)}
      className="text-brand-700 font-bold whitespace-nowrap underline underline-offset-4"
    >
      {phoneNumber}
    </a>
  );
  const errors: SummaryError[] = fieldOrder
    .filter((field) => state.errors[field])
    .map((field) => ({ fieldId: field, message: state.errors[field] as string }));

  switch (state.formError) {
    case "too-fast":
      return (
        <ErrorSummary title="Kijk je gegevens na" errors={errors}>
          <p>Dat ging erg snel. Kijk je gegevens na en klik nog eens op {texts.button}.</p>
        </ErrorSummary>
      );
    case "rejected":
      return (
        <ErrorSummary title="Er ging iets mis" errors={errors}>
          <p>
            {texts.subject} is nog niet verstuurd. Klik nog eens op {texts.button}. Lukt het niet? Bel ons
            gratis op {phone}.
          </p>
        </ErrorSummary>
      );
    case "rate-limited":
      return (
        <ErrorSummary title="Er ging iets mis" errors={errors}>
          <p>
            {texts.rateLimited} Bel ons gratis op {phone} als je nog iets wil vragen.
          </p>
        </ErrorSummary>
      );
    case "unavailable":
      return (
        <ErrorSummary title="Er ging iets mis" errors={errors}>
          <p>
            <strong>{texts.subject} is nog NIET verstuurd</strong>: er is een storing bij ons. Probeer het zo
            opnieuw, of bel ons gratis op {phone}.
          </p>
          <p>Alles wat je invulde, staat nog in het formulier.</p>
        </ErrorSummary>
      );
    default:
      return <ErrorSummary title="Kijk deze punten na" errors={errors} />;
  }
}
