import type { UseCaseOptions } from "./context";
import { PASSWORD_RESET_MESSAGES } from "./find-password-reset";
import { setPasswordThroughLink } from "./set-password-through-link";

/**
 * A colleague chooses a new password through the reset link an admin sent.
 * The link works once and for 1 hour: the token is cleared in the same
 * transaction that sets the password, and every session of the person ends.
 */
export async function resetStaffPassword(
  input: { token: string; password: string; passwordConfirm: string },
  options?: UseCaseOptions & { ipHash?: string | null },
): Promise<{ userId: string; email: string }> {
  const { userId, email } = await setPasswordThroughLink(
    { action: "reset-password", kind: "reset", messages: PASSWORD_RESET_MESSAGES },
    input,
    options,
  );
  return { userId, email };
}
