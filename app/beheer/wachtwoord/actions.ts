"use server";

import { requireStaff } from "@/lib/auth/current-staff";
import { AdminError } from "@/lib/staff-users/admin-error";
import { changeOwnPassword } from "@/lib/staff-users/change-own-password";
import { refusalMessage } from "@/lib/staff-users/refusal-message";
import type { ChangePasswordState } from "./change-password-state";

/** Any signed-in staff member, of any role, changes their own password (the current one is the check). */
export async function changeOwnPasswordAction(
  previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  const staff = await requireStaff();
  const attempt = previous.attempt + 1;
  try {
    await changeOwnPassword(
      staff.actor,
      {
        currentPassword: String(formData.get("currentPassword") ?? ""),
        password: String(formData.get("password") ?? ""),
        passwordConfirm: String(formData.get("passwordConfirm") ?? ""),
      },
      { sessionToken: staff.sessionToken },
    );
    return { attempt, errors: {}, message: null, done: true };
  } catch (error) {
    if (error instanceof AdminError && Object.keys(error.fieldErrors).length > 0) {
      return { attempt, errors: error.fieldErrors, message: null, done: false };
    }
    const message = refusalMessage(error);
    if (message === null) throw error;
    return { attempt, errors: {}, message, done: false };
  }
}
