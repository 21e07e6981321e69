"use server";

import { requireStaff } from "@/lib/auth/current-staff";
import { answerPasswordForm, newPasswordFields } from "@/lib/staff-users/answer-password-form";
import { changeOwnPassword } from "@/lib/staff-users/change-own-password";
import type { PasswordFormState } from "@/lib/staff-users/password-form-state";

/** Any signed-in staff member, of any role, changes their own password (the current one is the check). */
export async function changeOwnPasswordAction(
  previous: PasswordFormState,
  formData: FormData,
): Promise<PasswordFormState> {
  const staff = await requireStaff();
  return answerPasswordForm(previous, async () => {
    await changeOwnPassword(
      staff.actor,
      { currentPassword: String(formData.get("currentPassword") ?? ""), ...newPasswordFields(formData) },
      { sessionToken: staff.sessionToken },
    );
    return {};
  });
}
