import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { headers } from "next/headers";
import { getClientKey } from "@/lib/request-context/client-key";
import type { StaffActor } from "./actor";
import { auth } from "./auth";
import { isDemoDatabase } from "./authenticate-staff";
import { can, roleNeedsSecondFactor, type Permission } from "./permissions";
import { validateStaffSession, type ValidStaffSession } from "./staff-sessions";

export interface CurrentStaff {
  user: ValidStaffSession["user"];
  sessionToken: string;
  actor: StaffActor;
  /** Signed in with the password only; everything but enrolment waits for the second factor. */
  mustEnrolSecondFactor: boolean;
}

/** The signed-in staff member of this request, checked against the server-side session; null when none. */
export const getCurrentStaff = cache(async (): Promise<CurrentStaff | null> => {
  const session = await auth();
  const token = session?.sessionToken;
  const valid = await validateStaffSession(token);
  if (!valid || !token) return null;
  const { user } = valid;
  const enrolled = Boolean(user.totpEnabledAt);
  return {
    user,
    sessionToken: token,
    actor: {
      kind: "staff",
      id: user.id,
      role: user.role,
      ipHash: await getClientKey(),
      userAgent: (await headers()).get("user-agent"),
    },
    mustEnrolSecondFactor:
      roleNeedsSecondFactor(user.role) && !enrolled && !(user.isDemo && isDemoDatabase()),
  };
});

/**
 * The guard of every staff page and server action: signed in (else to the
 * login page), second factor set up (else to enrolment), and holding the
 * permission (else 403). Middleware may redirect earlier; this is the check.
 */
export async function requireStaff(
  permission?: Permission,
  options: { forEnrolment?: boolean } = {},
): Promise<CurrentStaff> {
  const staff = await getCurrentStaff();
  if (!staff) redirect("/login");
  if (staff.mustEnrolSecondFactor && !options.forEnrolment) redirect("/beheer/tweede-factor");
  if (permission && !can(staff.user.role, permission)) forbidden();
  return staff;
}

/**
 * requireStaff for server actions. A refused action goes to the refusal page
 * (/beheer/geen-toegang) instead of forbidden(): in a no-JavaScript form post
 * Next turns forbidden() into its not-found page, which would tell a staff
 * member the page doesn't exist (docs/decisions/0007-forbidden-without-js.md).
 */
export async function requireStaffForAction(permission: Permission): Promise<CurrentStaff> {
  const staff = await requireStaff();
  if (!can(staff.user.role, permission)) redirect("/beheer/geen-toegang");
  return staff;
}
