"use server";

import { redirect } from "next/navigation";
import { getClientKey } from "@/lib/request-context/client-key";
import {
  PORTAL_MESSAGES,
  requestLoginCodeSchema,
  verifyLoginCodeSchema,
} from "@/lib/validation/volunteer-portal-schemas";
import type { SignInState } from "@/lib/volunteer-portal/portal-form-state";
import { requestVolunteerLoginCode } from "@/lib/volunteer-portal/request-volunteer-login-code";
import {
  verifyVolunteerLoginCode,
  verifyVolunteerLoginLink,
} from "@/lib/volunteer-portal/verify-volunteer-login-code";
import { setVolunteerCookie } from "@/lib/volunteer-portal/volunteer-cookie";
import { fieldErrors, formValues } from "../run-portal-action";

/** Step 1 asks for a code (always the same answer); step 2 checks it and signs in. */
export async function signInAction(previous: SignInState, formData: FormData): Promise<SignInState> {
  const values = formValues(formData);
  const base = { attempt: previous.attempt + 1, values, errors: {}, message: null, notice: null };
  const clientKey = await getClientKey();

  if (values.step !== "code") {
    const parsed = requestLoginCodeSchema.safeParse(values);
    if (!parsed.success) return { ...base, step: "email", errors: fieldErrors(parsed.error.issues) };
    const result = await requestVolunteerLoginCode(parsed.data, { clientKey });
    if (!result.ok) return { ...base, step: "email", message: PORTAL_MESSAGES.rateLimited };
    return { ...base, step: "code", values: { email: parsed.data.email }, notice: PORTAL_MESSAGES.sent };
  }

  const parsed = verifyLoginCodeSchema.safeParse(values);
  if (!parsed.success) return { ...base, step: "code", errors: fieldErrors(parsed.error.issues) };
  const result = await verifyVolunteerLoginCode(parsed.data, { clientKey });
  if (!result.ok) {
    const message =
      result.reason === "rate-limited" ? PORTAL_MESSAGES.rateLimited : PORTAL_MESSAGES.codeWrong;
    return { ...base, step: "code", values: { email: parsed.data.email }, errors: { code: message } };
  }
  await setVolunteerCookie(result.sessionToken);
  redirect("/vrijwilliger");
}

/** The sign-in link from the mail, confirmed with a button (a mail scanner opening the link doesn't use it up). */
export async function signInWithLinkAction(formData: FormData): Promise<void> {
  const token = String(formData.get("token") ?? "");
  const result = await verifyVolunteerLoginLink({ token }, { clientKey: await getClientKey() });
  if (!result.ok)
    redirect(`/vrijwilliger/aanmelden?link=${result.reason === "rate-limited" ? "te-vaak" : "verlopen"}`);
  await setVolunteerCookie(result.sessionToken);
  redirect("/vrijwilliger");
}
