import type { Metadata } from "next";
import { CallUs, ConfirmationMissing, NextStepLink } from "@/components/public/confirmation";
import { PageHeader } from "@/components/public/page-header";
import { CONFIRMATION_PARAM, verifyConfirmationToken } from "@/lib/forms/confirmation-token";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Je aanmelding",
  robots: { index: false, follow: false },
};

const NOT_SHOWN = {
  invalid: {
    title: "We kunnen deze bevestiging niet lezen",
    lead: "Het adres van deze pagina is niet volledig of klopt niet.",
    callUs: "Bel ons gratis, dan kijken we het samen na. Of vul het formulier opnieuw in.",
  },
  expired: {
    title: "Deze bevestiging is verlopen",
    lead: "We tonen deze bevestiging maar een week. Je aanmelding is wel bij ons aangekomen.",
    callUs: "Heb je nog een vraag over je aanmelding? Bel ons gratis.",
  },
} as const;

/**
 * The confirmation after the volunteer sign-up, rendered from the signed token
 * the form's action put in the address (lib/forms/confirmation-token.ts), so it
 * shows even when the database is briefly unreachable right after the sign-up.
 */
export default async function VolunteerThanksPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const check = verifyConfirmationToken(params[CONFIRMATION_PARAM], "volunteer-application");
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
        formHref="/ik-wil-helpen"
        formLabel="Naar het formulier om je aan te melden"
      />
    );
  }

  return (
    <>
      <PageHeader title="Bedankt, we hebben je aanmelding goed ontvangen" />
      <div className="max-w-3xl space-y-6 text-lg hyphens-auto">
        <p className="text-xl font-bold">
          We nodigen je uit voor een kennismakingsgesprek. Die gesprekken zijn elke week.
        </p>
        <h2 className="text-2xl font-bold">Wat gebeurt er nu?</h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>We bellen of mailen je om een kennismakingsgesprek te plannen.</li>
          <li>
            In het gesprek praten we over wat je graag doet, wanneer je tijd hebt en welke talen je spreekt.
          </li>
          <li>
            We vragen je een uittreksel uit het strafregister (model 2). Dat vragen we aan iedereen die met
            mensen in een kwetsbare situatie werkt. We leggen uit hoe je het aanvraagt.
          </li>
          <li>Daarna koppelen we je aan iemand in je buurt.</li>
        </ol>
        <CallUs phoneNumber={settings.phoneNumber}>Heb je nog een vraag? Bel ons gratis.</CallUs>
        <NextStepLink href="/">Naar de startpagina</NextStepLink>
      </div>
    </>
  );
}
