import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from "@/lib/content/labels";
import type { OfferCardData } from "@/lib/content/offer-card-data";

/** One offer in a list: the title links to the full description. */
export function OfferCard({ offer, headingLevel = 2 }: { offer: OfferCardData; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="border-brand-100 hover:border-brand-700 relative flex h-full flex-col rounded-lg border-2 bg-white p-5 [overflow-wrap:anywhere]">
      <p>
        <Badge>{OFFER_KIND_LABELS[offer.kind]}</Badge>
      </p>
      <Heading className="mt-3 text-xl leading-snug font-bold">
        <Link
          href={`/aanbod/${offer.slug}`}
          className="text-brand-800 underline underline-offset-4 after:absolute after:inset-0 hover:decoration-2"
        >
          {offer.title}
        </Link>
      </Heading>
      <p className="mt-2">{offer.summary}</p>
      <dl className="text-muted mt-auto grid grid-cols-[auto_1fr] gap-x-2 pt-4">
        <dt className="font-semibold">Waar:</dt>
        <dd>{offer.neighbourhood ? offer.neighbourhood.name : "Heel de stad"}</dd>
        <dt className="font-semibold">Voor:</dt>
        <dd>{offer.targetGroups.map((g) => TARGET_GROUP_LABELS[g]).join(", ")}</dd>
      </dl>
    </article>
  );
}

/** Offers as a list of cards. */
export function OfferList({ offers, headingLevel = 2 }: { offers: OfferCardData[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,17rem),1fr))] gap-5">
      {offers.map((offer) => (
        <li key={offer.id}>
          <OfferCard offer={offer} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
