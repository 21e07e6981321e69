import type { Metadata } from "next";
import { AdminSettingsForm } from "@/components/staff/admin-settings-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { getSettings } from "@/lib/settings/get-settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Instellingen" };

export default async function SettingsPage() {
  await requireStaff("settings:manage");
  const settings = await getSettings();
  return (
    <>
      <h1 className="text-3xl font-extrabold">Instellingen</h1>
      <p className="mt-3 max-w-2xl text-lg">
        Deze gegevens gelden voor de hele website en het beheer. Elke wijziging komt in het auditlog, met de
        oude en de nieuwe waarde.
      </p>
      <div className="mt-6">
        <AdminSettingsForm
          action={saveSettingsAction}
          initialState={{
            attempt: 0,
            values: {
              cityName: settings.cityName,
              phoneNumber: settings.phoneNumber,
              slaHours: String(settings.slaHours),
              slaWorkingDaysOnly: settings.slaWorkingDaysOnly ? "yes" : "no",
              retentionMonths: String(settings.retentionMonths),
              declinedRetentionMonths: String(settings.declinedRetentionMonths),
              volunteerIntakeSlots: settings.volunteerIntakeSlots,
            },
            errors: {},
            message: null,
            saved: null,
          }}
        />
      </div>
    </>
  );
}
