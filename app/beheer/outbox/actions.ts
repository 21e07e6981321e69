"use server";

import { requireStaffForAction } from "@/lib/auth/current-staff";
import { StaffRefusal } from "@/lib/help-requests/domain-error";
import { formatExpiry } from "@/lib/staff-users/invitation";
import { refusalMessage } from "@/lib/staff-users/refusal-message";
import { revealOutboxSecret } from "@/lib/outbox/reveal-outbox-secret";
import type { RevealSecretState } from "./action-state";

/** Demo only: an ADMIN reads the unexpired code or link of one message (audited; the domain checks the database). */
export async function revealSecretAction(
  _previous: RevealSecretState,
  formData: FormData,
): Promise<RevealSecretState> {
  const staff = await requireStaffForAction("outbox:reveal-demo-secret");
  try {
    const { secrets, expiresAt, to } = await revealOutboxSecret(staff.actor, {
      messageId: String(formData.get("messageId") ?? ""),
    });
    return { ok: true, message: `Voor ${to}, geldig tot ${formatExpiry(expiresAt)}.`, secrets };
  } catch (error) {
    const message = error instanceof StaffRefusal ? error.message : refusalMessage(error);
    if (message === null) throw error;
    return { ok: false, message, secrets: [] };
  }
}
