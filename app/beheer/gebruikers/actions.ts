"use server";

import { revalidatePath } from "next/cache";
import { requireStaffForAction } from "@/lib/auth/current-staff";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { changeStaffRole } from "@/lib/staff-users/change-staff-role";
import { deactivateStaffUser } from "@/lib/staff-users/deactivate-staff-user";
import { formatExpiry } from "@/lib/staff-users/invitation";
import { reactivateStaffUser } from "@/lib/staff-users/reactivate-staff-user";
import { refusalMessage } from "@/lib/staff-users/refusal-message";
import { resendStaffInvitation } from "@/lib/staff-users/resend-staff-invitation";
import { resetSecondFactor } from "@/lib/staff-users/reset-second-factor";
import { sendPasswordReset } from "@/lib/staff-users/send-password-reset";
import { AdminError } from "@/lib/staff-users/admin-error";
import type { RowActionState } from "./action-state";

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");
const confirmed = (formData: FormData) => formData.get("confirm") === "yes";
/** The answer when "Ik weet het zeker" was not ticked. */
const unconfirmed = (previous: RowActionState, message: string): RowActionState => ({
  attempt: previous.attempt + 1,
  ok: false,
  message,
});

/** Runs one change; a refusal becomes a message in the row, anything else goes to the error page. */
async function answer(
  previous: RowActionState,
  run: () => Promise<{ message: string; link?: string }>,
): Promise<RowActionState> {
  const attempt = previous.attempt + 1;
  try {
    const { message, link } = await run();
    revalidatePath("/beheer/gebruikers");
    return { attempt, ok: true, message, link: link ?? null };
  } catch (error) {
    const message =
      error instanceof AdminError
        ? (Object.values(error.fieldErrors)[0] ?? error.message)
        : refusalMessage(error);
    if (message === null) throw error;
    return { attempt, ok: false, message, link: null };
  }
}

export async function changeRoleAction(
  previous: RowActionState,
  formData: FormData,
): Promise<RowActionState> {
  const staff = await requireStaffForAction("user:manage");
  return answer(previous, async () => {
    const { name, to } = await changeStaffRole(staff.actor, {
      userId: field(formData, "userId"),
      role: field(formData, "role"),
    });
    return {
      message: `${name} heeft nu de rol ${ROLE_LABELS[to]}. ${name} is afgemeld en meldt zich opnieuw aan.`,
    };
  });
}

/** Deactivate (after "Ik weet het zeker") or reactivate: one form per row that switches with the status. */
export async function setActiveAction(previous: RowActionState, formData: FormData): Promise<RowActionState> {
  const staff = await requireStaffForAction("user:manage");
  const userId = field(formData, "userId");
  if (field(formData, "intent") === "reactivate") {
    return answer(previous, async () => {
      const { name } = await reactivateStaffUser(staff.actor, { userId });
      return { message: `${name} kan zich weer aanmelden.` };
    });
  }
  if (!confirmed(formData)) {
    return unconfirmed(previous, "Vink eerst 'Ik weet het zeker' aan. Dan schakel je het account uit.");
  }
  return answer(previous, async () => {
    const { name } = await deactivateStaffUser(staff.actor, { userId });
    return { message: `${name} is uitgeschakeld en meteen afgemeld.` };
  });
}

export async function resetSecondFactorAction(
  previous: RowActionState,
  formData: FormData,
): Promise<RowActionState> {
  const staff = await requireStaffForAction("user:manage");
  if (!confirmed(formData)) {
    return unconfirmed(previous, "Vink eerst 'Ik weet het zeker' aan. Dan wis je de tweede stap.");
  }
  return answer(previous, async () => {
    const { name } = await resetSecondFactor(staff.actor, { userId: field(formData, "userId") });
    return {
      message: `De tweede stap van ${name} is gewist en ${name} is afgemeld. Bij de volgende aanmelding stelt ${name} de app opnieuw in.`,
    };
  });
}

export async function resendInvitationAction(
  previous: RowActionState,
  formData: FormData,
): Promise<RowActionState> {
  const staff = await requireStaffForAction("user:manage");
  return answer(previous, async () => {
    const { invitationLink, expiresAt, email } = await resendStaffInvitation(staff.actor, {
      userId: field(formData, "userId"),
    });
    return {
      message: `Nieuwe uitnodiging gestuurd naar ${email}. De link werkt tot ${formatExpiry(expiresAt)}; de vorige link werkt niet meer.`,
      link: invitationLink,
    };
  });
}

/** The link goes only by mail (never shown here): whoever holds it can set the password. */
export async function sendPasswordResetAction(
  previous: RowActionState,
  formData: FormData,
): Promise<RowActionState> {
  const staff = await requireStaffForAction("user:manage");
  if (!confirmed(formData)) {
    return unconfirmed(
      previous,
      "Vink eerst 'Ik weet het zeker' aan. Dan stuur je een link voor een nieuw wachtwoord.",
    );
  }
  return answer(previous, async () => {
    const { name, email, expiresAt } = await sendPasswordReset(staff.actor, {
      userId: field(formData, "userId"),
    });
    return {
      message: `${name} is afgemeld en krijgt een mail op ${email} met een link om een nieuw wachtwoord te kiezen. De link werkt één keer, tot ${formatExpiry(expiresAt)}.`,
    };
  });
}
