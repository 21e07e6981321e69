"use server";

import { roleNeedsSecondFactor } from "@/lib/auth/permissions";
import { getClientKey } from "@/lib/request-context/client-key";
import { acceptStaffInvitation } from "@/lib/staff-users/accept-staff-invitation";
import { refusalMessage } from "@/lib/staff-users/refusal-message";
import { AdminError } from "@/lib/staff-users/admin-error";
import type { AcceptInvitationState } from "./accept-state";

/** Public: the token in the link is the proof, no session needed. */
export async function acceptInvitationAction(
  previous: AcceptInvitationState,
  formData: FormData,
): Promise<AcceptInvitationState> {
  const attempt = previous.attempt + 1;
  try {
    const { role } = await acceptStaffInvitation(
      {
        token: String(formData.get("token") ?? ""),
        password: String(formData.get("password") ?? ""),
        passwordConfirm: String(formData.get("passwordConfirm") ?? ""),
      },
      { ipHash: await getClientKey() },
    );
    return { attempt, errors: {}, message: null, done: true, needsSecondFactor: roleNeedsSecondFactor(role) };
  } catch (error) {
    if (error instanceof AdminError && Object.keys(error.fieldErrors).length > 0) {
      return { attempt, errors: error.fieldErrors, message: null, done: false };
    }
    const message = refusalMessage(error);
    if (message === null) throw error;
    return { attempt, errors: {}, message, done: false };
  }
}
