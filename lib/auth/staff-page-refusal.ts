import "server-only";
import { getCurrentStaff } from "./current-staff";
import { can, type Permission } from "./permissions";
import { STAFF_ROUTES } from "./staff-routes";

/**
 * The permission a staff page asks of requireStaff: its own route's, or that of
 * the nearest route above it (a request's page needs what the list needs).
 * Null for pages every signed-in staff member may open.
 */
export function staffPagePermission(pathname: string): Permission | null {
  const matches = STAFF_ROUTES.filter((r) => pathname === r.path || pathname.startsWith(`${r.path}/`));
  const nearest = matches.sort((a, b) => b.path.length - a.path.length)[0];
  return nearest?.permission ?? null;
}

/**
 * Whether the signed-in staff member will be refused this page. Only the proxy
 * asks, to serve the refusal into the HTML (docs/decisions/0007-forbidden-without-js.md);
 * the page's own requireStaff stays the guard.
 */
export async function isStaffPageRefused(pathname: string): Promise<boolean> {
  const permission = staffPagePermission(pathname);
  if (!permission) return false;
  const staff = await getCurrentStaff();
  return staff !== null && !staff.mustEnrolSecondFactor && !can(staff.user.role, permission);
}
