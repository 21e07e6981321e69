"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/current-staff";
import { confirmTotpEnrolment } from "@/lib/auth/totp-enrolment";
import { LOGIN_MESSAGES, totpConfirmSchema } from "@/lib/validation/login-schema";

export interface EnrolState {
  attempt: number;
  error: string | null;
}

export async function confirmEnrolmentAction(previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const staff = await requireStaff(undefined, { forEnrolment: true });
  const attempt = previous.attempt + 1;
  const parsed = totpConfirmSchema.safeParse({ code: String(formData.get("code") ?? "") });
  if (!parsed.success)
    return { attempt, error: parsed.error.issues[0]?.message ?? LOGIN_MESSAGES.codeInvalid };
  const ok = await confirmTotpEnrolment(staff.user.id, parsed.data.code, { ipHash: staff.actor.ipHash });
  if (!ok)
    return {
      attempt,
      error: "Deze code klopt niet. Kijk of de klok van je telefoon juist staat, en typ de nieuwste code.",
    };
  redirect("/beheer");
}
