import { Badge } from "@/components/ui/badge";
import { OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from "@/lib/content/labels";
import type { OfferCardData } from "@/lib/content/offer-card-data";
import { CardList, ContentCard, type HeadingLevel } from "./content-card";

/** One offer in a list: the title links to the full description. */
export function OfferCard({
  offer,
  headingLevel = 2,
}: {
  offer: OfferCardData;
  headingLevel?: HeadingLevel;
}) {
  return (
    <ContentCard
      href={`/aanbod/${offer.slug}`}
      title={offer.title}
      headingLevel={headingLevel}
      badge={
        <p>
          <Badge>{OFFER_KIND_LABELS[offer.kind]}</Badge>
        </p>
      }
    >
      <p className="mt-2">{offer.summary}</p>
      <dl className="text-muted mt-auto grid grid-cols-[auto_1fr] gap-x-2 pt-4">
        <dt className="font-semibold">Waar:</dt>
        <dd>{offer.neighbourhood ? offer.neighbourhood.name : "Heel de stad"}</dd>
        <dt className="font-semibold">Voor:</dt>
        <dd>{offer.targetGroups.map((g) => TARGET_GROUP_LABELS[g]).join(", ")}</dd>
      </dl>
    </ContentCard>
  );
}

/** Offers as a list of cards. */
export function OfferList({
  offers,
  headingLevel = 2,
}: {
  offers: OfferCardData[];
  headingLevel?: HeadingLevel;
}) {
  return (
    <CardList items={offers} keyOf={(offer) => offer.id}>
      {(offer) => <OfferCard offer={offer} headingLevel={headingLevel} />}
    </CardList>
  );
}
