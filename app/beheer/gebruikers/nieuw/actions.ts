"use server";

import { revalidatePath } from "next/cache";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { valuesToShowAgain } from "@/lib/forms/form-data";
import { formatExpiry } from "@/lib/staff-users/invitation";
import { inviteStaffUser } from "@/lib/staff-users/invite-staff-user";
import { refusalMessage } from "@/lib/staff-users/refusal-message";
import { AdminError } from "@/lib/staff-users/admin-error";
import type { InviteState } from "./invite-state";

export async function inviteAction(previous: InviteState, formData: FormData): Promise<InviteState> {
  const staff = await requireStaffForAction("user:manage");
  const attempt = previous.attempt + 1;
  const values = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    role: String(formData.get("role") ?? ""),
  };
  try {
    const result = await inviteStaffUser(staff.actor, values);
    revalidatePath("/beheer/gebruikers");
    return {
      attempt,
      // An empty form again, to invite the next person.
      values: { name: "", email: "", role: "" },
      errors: {},
      message: null,
      invited: {
        name: result.user.name,
        email: result.user.email,
        link: result.invitationLink,
        expires: formatExpiry(result.expiresAt),
      },
    };
  } catch (error) {
    if (error instanceof AdminError && Object.keys(error.fieldErrors).length > 0) {
      return {
        attempt,
        values: valuesToShowAgain(values),
        errors: error.fieldErrors,
        message: null,
        invited: null,
      };
    }
    const message = refusalMessage(error);
    if (message === null) throw error;
    return { attempt, values, errors: {}, message, invited: null };
  }
}
