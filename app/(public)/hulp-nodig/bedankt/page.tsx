import type { Metadata } from "next";
import { CallUs, ConfirmationMissing, NextStepLink } from "@/components/public/confirmation";
import { CrisisBox } from "@/components/public/crisis-box";
import { PageHeader } from "@/components/public/page-header";
import { isDatabaseUnavailable } from "@/lib/db";
import { getHelpRequestConfirmation } from "@/lib/help-requests/get-confirmation";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { formatCallBackMoment } from "@/lib/sla/format-due";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Je vraag",
  robots: { index: false, follow: false },
};

type Lookup =
  | {
      kind: "found";
      reference: string;
      requestFor: "SELF" | "SOMEONE_ELSE";
      stillAhead: boolean;
      moment: string;
    }
  | { kind: "not-found" }
  | { kind: "unavailable" };

async function lookUp(ref: string | undefined): Promise<Lookup> {
  try {
    const request = await getHelpRequestConfirmation(ref);
    if (!request) return { kind: "not-found" };
    const now = new Date();
    return {
      kind: "found",
      reference: request.reference,
      requestFor: request.requestFor,
      stillAhead: request.dueAt > now,
      moment: formatCallBackMoment(request.dueAt, now),
    };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { kind: "unavailable" };
    throw error;
  }
}

/**
 * The confirmation after the "Hulp nodig?" form. It says "received" only for a
 * reference that is stored, and shows no personal data: anyone can type a
 * reference in the address bar.
 */
export default async function HelpRequestThanksPage({
  searchParams,
}: {
  searchParams: Promise<{ ref?: string | string[] }>;
}) {
  const { ref } = await searchParams;
  const [settings, lookup] = await Promise.all([
    getSettingsOrDefaults(),
    lookUp(typeof ref === "string" ? ref : undefined),
  ]);
  if (lookup.kind !== "found") {
    const unavailable = lookup.kind === "unavailable";
    return (
      <ConfirmationMissing
        title={unavailable ? "We kunnen je vraag nu niet tonen" : "We vinden deze referentie niet"}
        lead={
          unavailable
            ? "Door een storing bij ons kunnen we nu niet nakijken of je vraag is aangekomen."
            : "Kijk na of de referentie juist is. Ze begint met HV- en heeft daarna zes tekens."
        }
        callUs="Wil je zeker zijn dat we je vraag hebben? Bel ons gratis. We kijken het meteen voor je na."
        phoneNumber={settings.phoneNumber}
        formHref="/hulp-nodig"
        formLabel="Naar het formulier om hulp te vragen"
      >
        <CrisisBox />
      </ConfirmationMissing>
    );
  }

  const forOther = lookup.requestFor === "SOMEONE_ELSE";
  const { stillAhead, moment } = lookup;

  return (
    <>
      <PageHeader title="We hebben je vraag goed ontvangen" />
      <div className="max-w-3xl space-y-6 text-lg hyphens-auto">
        <div className="border-brand-700 bg-brand-50 rounded-lg border-2 p-5">
          <p>
            Je referentie is{" "}
            <strong className="font-mono text-2xl tracking-wider whitespace-nowrap">
              {lookup.reference}
            </strong>
            .
          </p>
          <p className="mt-2 text-base">
            Schrijf ze op of neem een foto. Als je ons belt, vinden we je vraag er snel mee terug.
          </p>
        </div>

        {stillAhead ? (
          <p className="text-xl font-bold">
            {forOther ? `We bellen eerst jou, uiterlijk ${moment}.` : `We bellen je uiterlijk ${moment}.`}
          </p>
        ) : (
          <p className="text-xl font-bold">
            {forOther ? "We bellen eerst jou." : "We nemen zo snel mogelijk contact met je op."}
          </p>
        )}
        <p>Gaf je alleen een e-mailadres? Dan mailen we je.</p>

        <h2 className="text-2xl font-bold">Wat gebeurt er nu?</h2>
        {forOther ? (
          <ol className="list-decimal space-y-2 pl-6">
            <li>
              Een medewerker van de stad belt eerst jou. Je vertelt wat je ziet en waarom je je zorgen maakt.
            </li>
            <li>
              Daarna vragen we de persoon voor wie je hulp vraagt, of die hulp wil. We doen niets zonder dat
              die persoon akkoord is.
            </li>
            <li>
              Wil die persoon hulp? Dan zoeken we samen wat helpt: een zorgzame buur, een activiteit in de
              buurt of een hulpverlener.
            </li>
          </ol>
        ) : (
          <ol className="list-decimal space-y-2 pl-6">
            <li>Een medewerker van de stad belt je.</li>
            <li>Samen bekijken jullie wat kan helpen.</li>
            <li>
              We zoeken iemand of iets in je buurt: een zorgzame buur, een activiteit of een hulpverlener.
            </li>
          </ol>
        )}

        <CallUs phoneNumber={settings.phoneNumber}>
          Wil je iets veranderen of toevoegen? Bel ons gratis en geef je referentie.
        </CallUs>

        <CrisisBox />

        <NextStepLink href="/">Naar de startpagina</NextStepLink>
      </div>
    </>
  );
}
