import type { SettingChanges } from "@/lib/settings/update-settings";
import type { SettingsField } from "@/lib/validation/settings-schema";

export const SETTING_LABELS: Record<SettingsField, string> = {
  cityName: "Naam van de stad of gemeente",
  phoneNumber: "Gratis telefoonnummer",
  slaHours: "Termijn om terug te bellen (uren)",
  slaWorkingDaysOnly: "Alleen werkdagen tellen",
  retentionMonths: "Bewaartermijn na afsluiten (maanden)",
  declinedRetentionMonths: "Bewaartermijn als iemand geen hulp wil (maanden)",
  volunteerIntakeSlots: "Momenten voor kennismakingsgesprekken met vrijwilligers",
};

function show(value: unknown): string {
  if (typeof value === "boolean") return value ? "ja" : "nee";
  return String(value);
}

/** "Termijn om terug te bellen (uren): van 24 naar 48", one line per change. */
export function describeSettingChanges(changes: SettingChanges): string[] {
  return (Object.keys(changes) as SettingsField[]).map((key) => {
    const change = changes[key]!;
    return `${SETTING_LABELS[key]}: van ${show(change.from)} naar ${show(change.to)}`;
  });
}
