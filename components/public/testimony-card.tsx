import Link from "next/link";
import type { TestimonyCardData } from "@/lib/content/list-testimonies";
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
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-brand-100 hover:border-brand-700 relative flex h-full flex-col rounded-lg border-2 bg-white p-5 [overflow-wrap:anywhere]">
      <Heading className="text-xl leading-snug font-bold">
        <Link
          href={`/getuigenissen/${testimony.slug}`}
          className="text-brand-800 underline underline-offset-4 after:absolute after:inset-0 hover:decoration-2"
        >
          {testimony.title}
        </Link>
      </Heading>
      <blockquote className="border-brand-700 mt-3 border-l-4 pl-4 text-lg italic">
        <p>“{testimony.quote}”</p>
      </blockquote>
      <p className="mt-2 font-semibold">{personLine(testimony)}</p>
      {testimony.isExample ? <ExampleNotice kind="testimony" compact /> : null}
    </article>
  );
}

export function TestimonyList({
  testimonies,
  headingLevel = 2,
}: {
  testimonies: TestimonyCardData[];
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,22rem),1fr))] gap-5">
      {testimonies.map((t) => (
        <li key={t.slug}>
          <TestimonyCard testimony={t} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
