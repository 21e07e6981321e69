// The building blocks of the staff detail pages (a request, a volunteer):
// a titled section, a list of facts (components/ui/facts.tsx), and phone and e-mail links.
import type { ReactNode } from "react";
import { telHref } from "@/lib/content/tel-href";
import { formatBelgianPhone } from "@/lib/phone/normalize-phone";

export { Facts } from "@/components/ui/facts";

export const detailLinkClass = "text-brand-700 font-bold underline underline-offset-4";

export function DetailSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function Phone({ e164 }: { e164: string | null }) {
  if (!e164) return null;
  return (
    <a href={telHref(e164)} className={`${detailLinkClass} whitespace-nowrap`}>
      {formatBelgianPhone(e164)}
    </a>
  );
}

export function Email({ address }: { address: string | null }) {
  if (!address) return null;
  return (
    <a href={`mailto:${address}`} className={`${detailLinkClass} break-all`}>
      {address}
    </a>
  );
}
