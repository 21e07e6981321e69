import type { ReactNode } from "react";
import { PublicShell } from "@/components/public/public-shell";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  // Falls back to the defaults when the database is down: the number must always show.
  const { cityName, phoneNumber } = await getSettingsOrDefaults();
  return (
    <PublicShell cityName={cityName} phoneNumber={phoneNumber}>
      {children}
    </PublicShell>
  );
}
