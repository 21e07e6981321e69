import { can } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { STAFF_ROLES } from "./staff-roles";

/** Roles whose members can follow up requests (hold request:update): the ones a request can be assigned to. */
export const ASSIGNABLE_ROLES: StaffRole[] = STAFF_ROLES.filter((role) => can(role, "request:update"));
