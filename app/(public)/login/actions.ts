"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { LOGIN_MESSAGES, loginSchema } from "@/lib/validation/login-schema";
import type { LoginState } from "./login-state";

/** Signs a staff member in; on success to the staff area. */
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
    // No redirect by Auth.js: it would go to NEXTAUTH_URL's origin, where this
    // browser may have no cookie (opened at 127.0.0.1 or a LAN address).
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const tooMany = error instanceof CredentialsSignin && error.code === "too_many_attempts";
    return {
      attempt,
      email,
      errors: {},
      message: tooMany ? LOGIN_MESSAGES.rateLimited : LOGIN_MESSAGES.invalid,
    };
  }
  // Same origin, relative: wherever the portal was opened.
  redirect("/beheer");
}
