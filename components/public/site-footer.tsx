import Link from "next/link";
import { telHref } from "@/lib/content/tel-href";

const footerLink =
  "inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-4 hover:decoration-2";

/** The footer of every public page: who runs the site, the fixed pages, the staff entrance. */
export function SiteFooter({ cityName, phoneNumber }: { cityName: string; phoneNumber: string }) {
  return (
    <footer className="border-brand-700 bg-brand-50 mt-16 border-t-4">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-2">
        <div className="space-y-3">
          <p className="text-brand-900 font-bold">Tezamen tegen vereenzamen</p>
          <p>Een actieplan van de stad {cityName}, samen met inwoners en partners.</p>
          <p>
            Vragen? Bel gratis{" "}
            <a
              className="text-brand-800 font-semibold whitespace-nowrap underline underline-offset-4"
              href={telHref(phoneNumber)}
            >
              {phoneNumber}
            </a>
            . Is het dringend? Bel{" "}
            <a className="text-brand-800 font-semibold underline underline-offset-4" href="tel:112">
              112
            </a>{" "}
            of Tele-Onthaal{" "}
            <a className="text-brand-800 font-semibold underline underline-offset-4" href="tel:106">
              106
            </a>
            .
          </p>
        </div>
        <nav aria-label="Voettekst">
          <ul className="space-y-1">
            <li>
              <Link className={footerLink} href="/privacy">
                Privacy: zo gaan we om met je gegevens
              </Link>
            </li>
            <li>
              <Link className={footerLink} href="/toegankelijkheid">
                Toegankelijkheid van deze website
              </Link>
            </li>
            <li>
              <Link className={footerLink} href="/login">
                Voor medewerkers
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
