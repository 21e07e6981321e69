"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/actor";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { readFormValues, valuesToShowAgain } from "@/lib/forms/form-data";
import { isDomainError } from "@/lib/help-requests/domain-error";
import { registerIntake, type RegisterIntakeResult } from "@/lib/help-requests/register-intake";
import { staffIntakeFields, type StaffIntakeFormInput } from "@/lib/validation/staff-intake-schema";
import { INTAKE_TOKEN_FIELD, type IntakeState } from "./intake-state";

const TOKEN_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Registers a request that came in by phone or from a partner. When the same
 * phone or e-mail already has an open request, nothing is stored: the form
 * comes back with a warning, the links and "Toch een nieuwe aanvraag
 * registreren". On success: to the new request's page.
 */
export async function registerIntakeAction(previous: IntakeState, formData: FormData): Promise<IntakeState> {
  const staff = await requireStaffForAction("request:create");
  const values = readFormValues(formData, staffIntakeFields);
  const sent = formData.get(INTAKE_TOKEN_FIELD);
  const token = typeof sent === "string" && TOKEN_PATTERN.test(sent) ? sent : crypto.randomUUID();
  // The confirmation is asked again each time: it is about the requests shown now.
  const back = (rest: Pick<IntakeState, "errors" | "message" | "duplicates">): IntakeState => ({
    attempt: previous.attempt + 1,
    token,
    values: { ...valuesToShowAgain(values), confirmDuplicate: "" },
    ...rest,
  });

  let result: RegisterIntakeResult;
  try {
    result = await registerIntake(staff.actor, values as StaffIntakeFormInput, { submissionToken: token });
  } catch (error) {
    if (isDomainError(error))
      return back({ errors: error.fieldErrors, message: error.message, duplicates: [] });
    if (error instanceof ForbiddenError) {
      return back({ errors: {}, message: "Je rol mag geen aanvragen registreren.", duplicates: [] });
    }
    throw error;
  }
  if (result.status === "duplicates-found") {
    return back({
      errors: {},
      message: null,
      duplicates: result.duplicates.map((d) => ({
        id: d.id,
        reference: d.reference,
        status: d.status,
        receivedAt: d.receivedAt.toISOString(),
        matchedOn: d.matchedOn,
      })),
    });
  }
  revalidatePath("/beheer");
  revalidatePath("/beheer/aanvragen");
  const done =
    values.contactMade === "yes" && !result.repeated ? "geregistreerd-met-contact" : "geregistreerd";
  redirect(`/beheer/aanvragen/${encodeURIComponent(result.id)}?gedaan=${done}`);
}
