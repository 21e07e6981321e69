import { ButtonLink } from "@/components/ui/button-link";
import { PhoneLink } from "./phone-link";

/** The way to help, in a box: a short promise, the button to the form and the free number. */
export function HelpCallout({
  phoneNumber,
  slaHours = 24,
  headingLevel = 2,
  title = "Hulp nodig voor jezelf of voor iemand anders?",
  id = "hulp-vragen",
}: {
  phoneNumber: string;
  slaHours?: number;
  headingLevel?: 2 | 3;
  title?: string;
  /** Unique on the page: names the section for screen readers. */
  id?: string;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      aria-labelledby={id}
      className="border-brand-700 bg-brand-50 my-8 max-w-3xl rounded-lg border-2 p-5 sm:p-6"
    >
      <Heading id={id} className="text-brand-900 text-xl font-bold sm:text-2xl">
        {title}
      </Heading>
      <p className="mt-2">
        Vul een kort formulier in, of bel ons gratis. Een medewerker van de stad belt je binnen {slaHours} uur
        terug. Samen zoeken jullie wat helpt.
      </p>
      <div className="mt-4 grid grid-cols-1 gap-3 min-[26rem]:flex min-[26rem]:flex-wrap">
        <ButtonLink href="/hulp-nodig" variant="help">
          Vraag hulp via het formulier
        </ButtonLink>
        <PhoneLink phoneNumber={phoneNumber} />
      </div>
    </section>
  );
}
