/** "Hoe het werkt" in three steps, as an ordered list. */
export function HowItWorks({ slaHours = 24 }: { slaHours?: number }) {
  const steps = [
    {
      title: "Je vraagt hulp",
      text: "Via het formulier of met een gratis telefoontje. Voor jezelf of voor iemand anders.",
    },
    {
      title: `We bellen je binnen ${slaHours} uur`,
      text: "Een medewerker van de stad belt je terug en luistert naar je vraag.",
    },
    {
      title: "Samen zoeken we wat helpt",
      text: "Een babbel, een zorgzame buur, een plek om mensen te ontmoeten of andere hulp.",
    },
  ];
  return (
    <section aria-labelledby="hoe-het-werkt" className="my-12">
      <h2 id="hoe-het-werkt" className="text-brand-900 text-2xl font-bold">
        Hoe het werkt
      </h2>
      <ol className="mt-5 grid grid-cols-[repeat(auto-fill,minmax(min(100%,17rem),1fr))] gap-4">
        {steps.map((step, i) => (
          <li key={step.title} className="border-brand-100 flex gap-4 rounded-lg border bg-white p-4">
            <span
              aria-hidden="true"
              className="bg-brand-700 flex h-11 w-11 shrink-0 items-center justify-center rounded-full text-xl font-extrabold text-white"
            >
              {i + 1}
            </span>
            <div className="min-w-0">
              <h3 className="text-lg font-bold">
                <span className="sr-only">Stap {i + 1}: </span>
                {step.title}
              </h3>
              <p className="mt-1">{step.text}</p>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
