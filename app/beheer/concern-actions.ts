"use server";

// "Gezien" on a volunteer's concern (Vandaag, /beheer): a plain form that
// works without JavaScript. Checks the session and "link:manage", then the
// domain function checks again and records who saw it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { acknowledgeConcern } from "@/lib/concerns/acknowledge-concern";
import { readFormValues } from "@/lib/forms/form-data";
import { isDomainError } from "@/lib/help-requests/domain-error";
import {
  acknowledgeConcernSchema,
  type AcknowledgeConcernInput,
} from "@/lib/validation/link-follow-up-schemas";

export async function acknowledgeConcernAction(formData: FormData): Promise<void> {
  const staff = await requireStaffForAction("link:manage");
  const values = readFormValues(formData, acknowledgeConcernSchema) as AcknowledgeConcernInput;
  try {
    await acknowledgeConcern(staff.actor, values);
  } catch (error) {
    // A concern that is gone (or a tampered id) simply isn't on the list any more.
    if (!isDomainError(error)) throw error;
  }
  revalidatePath("/beheer");
  redirect("/beheer#zorgen");
}
