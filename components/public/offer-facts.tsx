import type { ReactNode } from "react";
import { OFFER_KIND_LABELS, TARGET_GROUP_LABELS } from "@/lib/content/labels";
import type { PublishedOffer } from "@/lib/content/get-offer";
import { telHref } from "@/lib/content/tel-href";

const linkClasses =
  "font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900 hover:decoration-2";

/** "https://www.dekeeting.be/agenda" → "www.dekeeting.be/agenda": readable link text. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

function safeWebsite(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** The practical facts of an offer; contact details fall back to those of the organisation. */
export function OfferFacts({ offer }: { offer: PublishedOffer }) {
  const org = offer.organisation;
  const phone = offer.phone ?? org?.phone ?? null;
  const email = offer.email ?? org?.email ?? null;
  const website = safeWebsite(offer.website ?? org?.website ?? "");
  const address = offer.address ?? org?.address ?? null;

  const rows: [string, ReactNode][] = [];
  rows.push(["Soort", OFFER_KIND_LABELS[offer.kind]]);
  if (org) rows.push(["Organisatie", org.name]);
  rows.push(["Voor wie", offer.targetGroups.map((g) => TARGET_GROUP_LABELS[g]).join(", ")]);
  rows.push(["Wijk", offer.neighbourhood ? offer.neighbourhood.name : "Heel de stad"]);
  if (address) rows.push(["Adres", address]);
  if (offer.schedule) rows.push(["Wanneer", offer.schedule]);
  if (offer.cost) rows.push(["Kostprijs", offer.cost]);
  if (phone) {
    rows.push([
      "Telefoon",
      <a key="phone" href={telHref(phone)} className={linkClasses}>
        {phone}
      </a>,
    ]);
  }
  if (email) {
    rows.push([
      "E-mail",
      <a key="email" href={`mailto:${email}`} className={`${linkClasses} break-all`}>
        {email}
      </a>,
    ]);
  }
  if (website) {
    rows.push([
      "Website",
      <a key="website" href={website} className={`${linkClasses} break-all`}>
        {displayUrl(website)}
      </a>,
    ]);
  }

  return (
    <section
      aria-labelledby="praktisch"
      className="border-brand-100 bg-brand-50 my-8 max-w-3xl rounded-lg border-2 p-5"
    >
      <h2 id="praktisch" className="text-brand-900 text-2xl font-bold">
        Praktisch
      </h2>
      <dl className="mt-4 space-y-3">
        {rows.map(([term, value]) => (
          <div key={term} className="sm:grid sm:grid-cols-[8rem_1fr] sm:gap-x-6">
            <dt className="font-bold">{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-muted mt-4">
        Uren en prijzen kunnen veranderen. Twijfel je? Vraag het even na voor je gaat.
      </p>
    </section>
  );
}
