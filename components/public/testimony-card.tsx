import type { TestimonyCardData } from "@/lib/content/list-testimonies";
import { CardList, ContentCard, type HeadingLevel } from "./content-card";
import { ExampleNotice } from "./example-notice";

/** "Lieve, 79 jaar". */
export function personLine(t: { personName: string; ageLabel: string | null }): string {
  return t.ageLabel ? `${t.personName}, ${t.ageLabel}` : t.personName;
}

/** One testimony in a list: the title links to the full story. */
export function TestimonyCard({
  testimony,
  headingLevel = 2,
}: {
  testimony: TestimonyCardData;
  headingLevel?: HeadingLevel;
}) {
  return (
    <ContentCard
      href={`/getuigenissen/${testimony.slug}`}
      title={testimony.title}
      headingLevel={headingLevel}
    >
      <blockquote className="border-brand-700 mt-3 border-l-4 pl-4 text-lg italic">
        <p>“{testimony.quote}”</p>
      </blockquote>
      <p className="mt-2 font-semibold">{personLine(testimony)}</p>
      {testimony.isExample ? <ExampleNotice kind="testimony" compact /> : null}
    </ContentCard>
  );
}

/** Testimonies as a list of cards: wider ones, as the quotes are longer. */
export function TestimonyList({
  testimonies,
  headingLevel = 2,
}: {
  testimonies: TestimonyCardData[];
  headingLevel?: HeadingLevel;
}) {
  return (
    <CardList items={testimonies} keyOf={(t) => t.slug} wide>
      {(t) => <TestimonyCard testimony={t} headingLevel={headingLevel} />}
    </CardList>
  );
}
