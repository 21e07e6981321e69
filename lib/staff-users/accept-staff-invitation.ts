import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { UseCaseOptions } from "./context";
import { INVITATION_MESSAGES } from "./find-staff-invitation";
import { setPasswordThroughLink } from "./set-password-through-link";

/**
 * A new colleague chooses a password through the link in their invitation.
 * The link works once: the token is cleared in the same transaction that sets
 * the password (argon2id). Signing in follows, with the second factor set up
 * there for roles that need one.
 */
export async function acceptStaffInvitation(
  input: { token: string; password: string; passwordConfirm: string },
  options?: UseCaseOptions & { ipHash?: string | null },
): Promise<{ userId: string; email: string; role: StaffRole }> {
  const { userId, email, role } = await setPasswordThroughLink(
    { action: "accept-invitation", kind: "invitation", messages: INVITATION_MESSAGES },
    input,
    options,
  );
  return { userId, email, role };
}
