import { can } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { DomainError } from "./domain-error";
import type { Tx } from "./staff-action";
import { STAFF_ROLES } from "./staff-roles";

/** Roles whose members can follow up requests (hold request:update): the ones a request can be assigned to. */
export const ASSIGNABLE_ROLES: StaffRole[] = STAFF_ROLES.filter((role) => can(role, "request:update"));

export const INVALID_ASSIGNEE =
  "Deze medewerker kan geen aanvragen opvolgen. Kies iemand anders uit de lijst.";

/** The name of an active staff member who can follow requests up; anyone else is refused. */
export async function assignableStaffName(tx: Tx, staffId: string): Promise<string> {
  const staff = await tx.staffUser.findUnique({
    where: { id: staffId },
    select: { name: true, role: true, isActive: true },
  });
  if (!staff || !staff.isActive || !ASSIGNABLE_ROLES.includes(staff.role)) {
    throw new DomainError("invalid-assignee", INVALID_ASSIGNEE, { assigneeId: INVALID_ASSIGNEE });
  }
  return staff.name;
}
