import type { Metadata } from "next";
import { LostPage } from "@/components/public/lost-page";
import { NOT_FOUND_METADATA } from "@/lib/content/fallback-metadata";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

export const metadata: Metadata = NOT_FOUND_METADATA;

// An unknown slug on a public page: rendered inside the public layout.
export default async function PublicNotFound() {
  const { phoneNumber } = await getSettingsOrDefaults();
  return (
    <LostPage
      title="Deze pagina vinden we niet"
      lead="Misschien is de pagina verhuisd, of zit er een tikfout in het adres. Dat kan gebeuren."
      phoneNumber={phoneNumber}
    />
  );
}
