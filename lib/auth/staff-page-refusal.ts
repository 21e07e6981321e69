import type { StaffRole } from "@/lib/generated/prisma/enums";
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
 * Whether a staff member with this role will be refused this page. Only the
 * proxy asks, with the role from the signed session cookie (no database
 * query: the page's own requireStaff checks the session and stays the guard),
 * to serve the refusal into the HTML (docs/decisions/0007-forbidden-without-js.md).
 */
export function isStaffPageRefused(pathname: string, role: StaffRole | undefined): boolean {
  const permission = staffPagePermission(pathname);
  return permission !== null && role !== undefined && !can(role, permission);
}
