// Who hears about links, concerns and pause requests: the active volunteer
// coordinators; with none, the active admins; with none of those either, the
// city's contact address (a setting) — a reminder or a concern must never go
// nowhere.
// No "server-only" import: the reminder job uses it.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SETTINGS } from "@/lib/settings/defaults";

export async function volunteerCoordinatorRecipients(tx: Prisma.TransactionClient): Promise<string[]> {
  const staff = await tx.staffUser.findMany({
    where: { isActive: true, role: { in: ["VOLUNTEER_COORDINATOR", "ADMIN"] } },
    orderBy: { email: "asc" },
    select: { email: true, role: true },
  });
  const coordinators = staff.filter((s) => s.role === "VOLUNTEER_COORDINATOR");
  const chosen = coordinators.length > 0 ? coordinators : staff;
  const unique = [...new Set(chosen.map((s) => s.email.toLowerCase()))];
  if (unique.length > 0) return unique;
  const contact = await tx.setting.findUnique({ where: { key: "contactEmail" } });
  return [typeof contact?.value === "string" ? contact.value : DEFAULT_SETTINGS.contactEmail];
}
