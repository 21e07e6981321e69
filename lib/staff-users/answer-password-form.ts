import { AdminError } from "./admin-error";
import { refusalMessage } from "./refusal-message";
import type { PasswordFormState } from "./password-form-state";

/** The new password as typed twice, read from a password form. */
export function newPasswordFields(formData: FormData): { password: string; passwordConfirm: string } {
  return {
    password: String(formData.get("password") ?? ""),
    passwordConfirm: String(formData.get("passwordConfirm") ?? ""),
  };
}

/**
 * Runs a password form's change and answers with the form's next state: done
 * (with what the change adds), field errors next to the fields, or one message
 * for any other refusal or an outage. Anything else is a bug and goes on to
 * the error page.
 */
export async function answerPasswordForm<Extra extends object>(
  previous: { attempt: number },
  change: () => Promise<Extra>,
): Promise<PasswordFormState | (PasswordFormState & Extra)> {
  const attempt = previous.attempt + 1;
  try {
    const extra = await change();
    return { attempt, errors: {}, message: null, done: true, ...extra };
  } catch (error) {
    if (error instanceof AdminError && Object.keys(error.fieldErrors).length > 0) {
      return { attempt, errors: error.fieldErrors, message: null, done: false };
    }
    const message = refusalMessage(error);
    if (message === null) throw error;
    return { attempt, errors: {}, message, done: false };
  }
}
