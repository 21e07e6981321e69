"use server";

import { redirect } from "next/navigation";
import { signOut } from "./auth";
import { getCurrentStaff } from "./current-staff";
import { endStaffSession } from "./staff-sessions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma } from "@/lib/db";

/** Log out: ends the session on the server, then clears the cookie. */
export async function logoutAction(): Promise<void> {
  const staff = await getCurrentStaff();
  if (staff) {
    await endStaffSession(staff.sessionToken);
    await recordAuditEvent(prisma, {
      action: "staff.logout",
      entityType: "StaffUser",
      entityId: staff.user.id,
      actorStaffId: staff.user.id,
      ipHash: staff.actor.ipHash,
    });
  }
  // Relative, not to NEXTAUTH_URL's origin: back where the person is.
  await signOut({ redirect: false });
  redirect("/login");
}
