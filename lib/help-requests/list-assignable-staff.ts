import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { ASSIGNABLE_ROLES } from "./assignable-staff";

/** The active staff members a request can be assigned to (role with request:update), by name. */
export async function listAssignableStaff(
  actor: StaffActor,
  _input: Record<string, never> = {},
  { db = prisma }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; name: string; role: StaffRole }[]> {
  assertCan(actor, "request:read");
  return db.staffUser.findMany({
    where: { isActive: true, role: { in: ASSIGNABLE_ROLES } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true },
  });
}
