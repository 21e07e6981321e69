"use client";

import { usePathname } from "next/navigation";
import { LostPage } from "@/components/public/lost-page";
import { ShellUnlessInPublicLayout } from "@/components/public/standalone-shell";
import { buttonClasses } from "@/components/ui/button-link";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";

// Shown when a page fails unexpectedly (the public pages catch a database
// outage themselves). Settings can't be read here, so the default number is
// shown: the way to help must never disappear.
export default function ErrorPage() {
  const { cityName, phoneNumber } = DEFAULT_SETTINGS;
  const pathname = usePathname();
  return (
    <ShellUnlessInPublicLayout cityName={cityName} phoneNumber={phoneNumber}>
      <title>Er ging iets mis · Tezamen</title>
      <LostPage
        title="Er ging iets mis"
        lead="Deze pagina kan nu niet laden. Dat ligt niet aan jou. Probeer het zo meteen opnieuw, of bel ons gratis."
        phoneNumber={phoneNumber}
      >
        <p className="mb-8">
          {/* A full reload, so it also works without JavaScript. */}
          <a href={pathname} className={buttonClasses.primary}>
            Laad de pagina opnieuw
          </a>
        </p>
      </LostPage>
    </ShellUnlessInPublicLayout>
  );
}
