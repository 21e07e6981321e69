import type { Metadata } from "next";
import { CallUs, ConfirmationMissing, NextStepLink } from "@/components/public/confirmation";
import { CrisisBox } from "@/components/public/crisis-box";
import { PageHeader } from "@/components/public/page-header";
import { CONFIRMATION_PARAM, verifyConfirmationToken } from "@/lib/forms/confirmation-token";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { formatCallBackMoment } from "@/lib/sla/format-due";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Je vraag",
  robots: { index: false, follow: false },
};

const NOT_SHOWN = {
  invalid: {
    title: "We kunnen deze bevestiging niet lezen",
    lead: "Het adres van deze pagina is niet volledig of klopt niet.",
    callUs: "Wil je zeker zijn dat we je vraag hebben? Bel ons gratis. We kijken het meteen voor je na.",
  },
  expired: {
    title: "Deze bevestiging is verlopen",
    lead: "We tonen deze bevestiging maar een week. Je vraag is wel bij ons aangekomen.",
    callUs: "Wil je weten hoe het met je vraag staat? Bel ons gratis en geef je referentie als je die hebt.",
  },
} as const;

/**
 * The confirmation after the "Hulp nodig?" form. It renders from the signed
 * token the form's action put in the address (lib/forms/confirmation-token.ts),
 * not from the database: right after the request is stored, the page must
 * show even when the database is briefly unreachable. The token holds no
 * personal data, and a forged or expired one gets a page with the phone number.
 */
export default async function HelpRequestThanksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const check = verifyConfirmationToken(params[CONFIRMATION_PARAM], "help-request");
  // Falls back to the defaults when the database is down.
  const settings = await getSettingsOrDefaults();
  if (!check.valid) {
    const texts = NOT_SHOWN[check.reason];
    return (
      <ConfirmationMissing
        title={texts.title}
        lead={texts.lead}
        callUs={texts.callUs}
        phoneNumber={settings.phoneNumber}
        formHref="/hulp-nodig"
        formLabel="Naar het formulier om hulp te vragen"
      >
        <CrisisBox />
      </ConfirmationMissing>
    );
  }

  const now = new Date();
  const dueAt = new Date(check.data.dueAt);
  const lookup = {
    reference: check.data.reference,
    requestFor: check.data.requestFor,
    stillAhead: dueAt > now,
    moment: formatCallBackMoment(dueAt, now),
  };
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
