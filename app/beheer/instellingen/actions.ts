"use server";

import { revalidatePath } from "next/cache";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { valuesToShowAgain } from "@/lib/forms/form-data";
import { updateSettings } from "@/lib/settings/update-settings";
import { refusalMessage } from "@/lib/staff-users/refusal-message";
import { AdminError } from "@/lib/staff-users/admin-error";
import { describeSettingChanges } from "@/components/staff/admin-setting-labels";
import { SETTINGS_FIELD_ORDER } from "@/lib/validation/settings-schema";
import type { SettingsState } from "./settings-state";

export async function saveSettingsAction(
  previous: SettingsState,
  formData: FormData,
): Promise<SettingsState> {
  const staff = await requireStaffForAction("settings:manage");
  const attempt = previous.attempt + 1;
  const values: Record<string, string> = {};
  for (const field of SETTINGS_FIELD_ORDER) values[field] = String(formData.get(field) ?? "");
  try {
    const { changes } = await updateSettings(staff.actor, values);
    // The city name and the phone number are in the header of every public page.
    revalidatePath("/", "layout");
    return { attempt, values, errors: {}, message: null, saved: describeSettingChanges(changes) };
  } catch (error) {
    if (error instanceof AdminError && Object.keys(error.fieldErrors).length > 0) {
      return {
        attempt,
        values: valuesToShowAgain(values),
        errors: error.fieldErrors,
        message: null,
        saved: null,
      };
    }
    const message = refusalMessage(error);
    if (message === null) throw error;
    return { attempt, values, errors: {}, message, saved: null };
  }
}
