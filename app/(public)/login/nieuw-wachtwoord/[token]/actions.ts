"use server";

import { getClientKey } from "@/lib/request-context/client-key";
import { AdminError } from "@/lib/staff-users/admin-error";
import { refusalMessage } from "@/lib/staff-users/refusal-message";
import { resetStaffPassword } from "@/lib/staff-users/reset-staff-password";
import type { AcceptInvitationState } from "../../uitnodiging/[token]/accept-state";

/** Public: the token in the link is the proof, no session needed. */
export async function resetPasswordAction(
  previous: AcceptInvitationState,
  formData: FormData,
): Promise<AcceptInvitationState> {
  const attempt = previous.attempt + 1;
  try {
    await resetStaffPassword(
      {
        token: String(formData.get("token") ?? ""),
        password: String(formData.get("password") ?? ""),
        passwordConfirm: String(formData.get("passwordConfirm") ?? ""),
      },
      { ipHash: await getClientKey() },
    );
    return { attempt, errors: {}, message: null, done: true, needsSecondFactor: false };
  } catch (error) {
    if (error instanceof AdminError && Object.keys(error.fieldErrors).length > 0) {
      return { attempt, errors: error.fieldErrors, message: null, done: false };
    }
    const message = refusalMessage(error);
    if (message === null) throw error;
    return { attempt, errors: {}, message, done: false };
  }
}
