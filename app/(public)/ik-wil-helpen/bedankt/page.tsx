import type { Metadata } from "next";
import { CallUs, ConfirmationMissing, NextStepLink } from "@/components/public/confirmation";
import { PageHeader } from "@/components/public/page-header";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { isVolunteerApplicationStored } from "@/lib/volunteers/get-application-confirmation";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Je aanmelding",
  robots: { index: false, follow: false },
};

/** The confirmation after the volunteer sign-up: "received" only when the sign-up is stored. */
export default async function VolunteerThanksPage({
  searchParams,
}: {
  searchParams: Promise<{ aanmelding?: string | string[] }>;
}) {
  const { aanmelding } = await searchParams;
  const [settings, stored] = await Promise.all([
    getSettingsOrDefaults(),
    isVolunteerApplicationStored(typeof aanmelding === "string" ? aanmelding : null).catch(() => false),
  ]);

  if (!stored) {
    return (
      <ConfirmationMissing
        title="We vinden je aanmelding niet"
        lead="Misschien is er iets misgegaan, of is deze link niet volledig."
        callUs="Bel ons gratis, dan kijken we het samen na. Of vul het formulier opnieuw in."
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
