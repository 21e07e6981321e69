"use server";

import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { volunteerActorLabel } from "@/lib/auth/actor";
import { prisma } from "@/lib/db";
import { requestPauseSchema } from "@/lib/validation/volunteer-portal-schemas";
import { getCurrentVolunteer } from "@/lib/volunteer-portal/current-volunteer";
import type { PortalFormState } from "@/lib/volunteer-portal/portal-form-state";
import { requestPause } from "@/lib/volunteer-portal/request-pause";
import { clearVolunteerCookie } from "@/lib/volunteer-portal/volunteer-cookie";
import { endVolunteerSession } from "@/lib/volunteer-portal/volunteer-sessions";
import { runPortalAction } from "./run-portal-action";

/** Log out: ends the session on the server, then clears the cookie. */
export async function volunteerLogoutAction(): Promise<void> {
  const volunteer = await getCurrentVolunteer();
  if (volunteer) {
    await endVolunteerSession(volunteer.sessionToken);
    await recordAuditEvent(prisma, {
      action: "volunteer.logout",
      entityType: "Volunteer",
      entityId: volunteer.actor.volunteerId,
      actorLabel: volunteerActorLabel(volunteer.actor),
      ipHash: volunteer.actor.ipHash,
    });
  }
  await clearVolunteerCookie();
  redirect("/vrijwilliger/aanmelden?afgemeld=1");
}

export async function requestPauseAction(previous: PortalFormState, formData: FormData) {
  return runPortalAction(previous, formData, requestPauseSchema, async (actor, input) => {
    await requestPause(actor, input);
    return "/vrijwilliger?gedaan=pauze";
  });
}
