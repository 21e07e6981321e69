import type { StaffRole } from "@/lib/generated/prisma/enums";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";

/** Every staff role, in the order of the permission table. */
export const STAFF_ROLES = Object.keys(ROLE_PERMISSIONS) as StaffRole[];
