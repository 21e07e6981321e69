"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { LOGIN_MESSAGES, loginSchema } from "@/lib/validation/login-schema";
import type { LoginState } from "./login-state";

/** Signs a staff member in; on success Auth.js redirects to the staff area. */
export async function loginAction(previous: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const attempt = previous.attempt + 1;
  const parsed = loginSchema.safeParse({
    email,
    password: String(formData.get("password") ?? ""),
    code: String(formData.get("code") ?? ""),
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { attempt, email, errors, message: null };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/beheer" });
  } catch (error) {
    // Success is a redirect, thrown by signIn: let it through.
    if (!(error instanceof AuthError)) throw error;
    const tooMany = error instanceof CredentialsSignin && error.code === "too_many_attempts";
    return {
      attempt,
      email,
      errors: {},
      message: tooMany ? LOGIN_MESSAGES.rateLimited : LOGIN_MESSAGES.invalid,
    };
  }
  return { attempt, email, errors: {}, message: LOGIN_MESSAGES.invalid };
}
