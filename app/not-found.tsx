import type { Metadata } from "next";
import { NOT_FOUND_METADATA } from "@/lib/content/fallback-metadata";
import { LostPage } from "@/components/public/lost-page";
import { ShellUnlessInPublicLayout } from "@/components/public/standalone-shell";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

export const metadata: Metadata = NOT_FOUND_METADATA;

// For an unknown URL this replaces the public layout, so it may bring its own header and footer.
export default async function NotFound() {
  const { cityName, phoneNumber } = await getSettingsOrDefaults();
  return (
    <ShellUnlessInPublicLayout cityName={cityName} phoneNumber={phoneNumber}>
      <LostPage
        title="Deze pagina vinden we niet"
        lead="Misschien is de pagina verhuisd, of zit er een tikfout in het adres. Dat kan gebeuren."
        phoneNumber={phoneNumber}
      />
    </ShellUnlessInPublicLayout>
  );
}
