import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/staff/change-password-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { changeOwnPasswordAction } from "./actions";
import { initialPasswordFormState } from "@/lib/staff-users/password-form-state";

export const metadata: Metadata = { title: "Mijn wachtwoord wijzigen" };

/** For every signed-in staff member, whatever their role. */
export default async function ChangePasswordPage() {
  const staff = await requireStaff();
  return (
    <ChangePasswordForm
      action={changeOwnPasswordAction}
      initialState={initialPasswordFormState}
      email={staff.user.email}
    />
  );
}
