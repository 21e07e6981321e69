// Who hears about links and concerns: the active volunteer coordinators;
// with none, the active admins; with none of those either, the city's
// contact address — a reminder must never go nowhere.
// No "server-only" import: the reminder job uses it.
import type { Prisma } from "@/lib/generated/prisma/client";

export async function volunteerCoordinatorRecipients(
  tx: Prisma.TransactionClient,
  fallbackEmail: string,
): Promise<string[]> {
  const staff = await tx.staffUser.findMany({
    where: { isActive: true, role: { in: ["VOLUNTEER_COORDINATOR", "ADMIN"] } },
    orderBy: { email: "asc" },
    select: { email: true, role: true },
  });
  const coordinators = staff.filter((s) => s.role === "VOLUNTEER_COORDINATOR");
  const chosen = coordinators.length > 0 ? coordinators : staff;
  const unique = [...new Set(chosen.map((s) => s.email.toLowerCase()))];
  return unique.length > 0 ? unique : [fallbackEmail];
}
