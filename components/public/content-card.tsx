import Link from "next/link";
import type { ReactNode } from "react";

export type HeadingLevel = 2 | 3;

/**
 * One item in a list of cards (offer, testimony, campaign). The title is the
 * one link; it stretches over the whole card, so the card is one click target
 * and one stop in the tab order.
 */
export function ContentCard({
  href,
  title,
  headingLevel,
  badge,
  children,
}: {
  href: string;
  title: string;
  headingLevel: HeadingLevel;
  /** Above the title, such as the kind of offer. */
  badge?: ReactNode;
  /** Below the title. */
  children: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-brand-100 hover:border-brand-700 relative flex h-full flex-col rounded-lg border-2 bg-white p-5 [overflow-wrap:anywhere]">
      {badge}
      <Heading className={badge ? "mt-3 text-xl leading-snug font-bold" : "text-xl leading-snug font-bold"}>
        <Link
          href={href}
          className="text-brand-800 underline underline-offset-4 after:absolute after:inset-0 hover:decoration-2"
        >
          {title}
        </Link>
      </Heading>
      {children}
    </article>
  );
}

/** Cards in a grid that fills the width: as many columns as fit, each at least 17rem (22rem when `wide`). */
export function CardList<T>({
  items,
  keyOf,
  wide,
  children,
}: {
  items: readonly T[];
  keyOf: (item: T) => string;
  wide?: boolean;
  children: (item: T) => ReactNode;
}) {
  return (
    <ul
      className={
        wide
          ? "grid grid-cols-[repeat(auto-fill,minmax(min(100%,22rem),1fr))] gap-5"
          : "grid grid-cols-[repeat(auto-fill,minmax(min(100%,17rem),1fr))] gap-5"
      }
    >
      {items.map((item) => (
        <li key={keyOf(item)}>{children(item)}</li>
      ))}
    </ul>
  );
}
