"use server";

import { roleNeedsSecondFactor } from "@/lib/auth/permissions";
import { getClientKey } from "@/lib/request-context/client-key";
import { acceptStaffInvitation } from "@/lib/staff-users/accept-staff-invitation";
import { answerPasswordForm, newPasswordFields } from "@/lib/staff-users/answer-password-form";
import type { AcceptInvitationState } from "./accept-state";

/** Public: the token in the link is the proof, no session needed. */
export async function acceptInvitationAction(
  previous: AcceptInvitationState,
  formData: FormData,
): Promise<AcceptInvitationState> {
  return answerPasswordForm(previous, async () => {
    const { role } = await acceptStaffInvitation(
      { token: String(formData.get("token") ?? ""), ...newPasswordFields(formData) },
      { ipHash: await getClientKey() },
    );
    return { needsSecondFactor: roleNeedsSecondFactor(role) };
  });
}
