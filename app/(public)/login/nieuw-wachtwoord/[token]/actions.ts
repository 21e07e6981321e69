"use server";

import { getClientKey } from "@/lib/request-context/client-key";
import { answerPasswordForm, newPasswordFields } from "@/lib/staff-users/answer-password-form";
import { resetStaffPassword } from "@/lib/staff-users/reset-staff-password";
import type { AcceptInvitationState } from "../../uitnodiging/[token]/accept-state";

/** Public: the token in the link is the proof, no session needed. */
export async function resetPasswordAction(
  previous: AcceptInvitationState,
  formData: FormData,
): Promise<AcceptInvitationState> {
  return answerPasswordForm(previous, async () => {
    await resetStaffPassword(
      { token: String(formData.get("token") ?? ""), ...newPasswordFields(formData) },
      { ipHash: await getClientKey() },
    );
    return { needsSecondFactor: false };
  });
}
