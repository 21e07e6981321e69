import type { Prisma } from "@/lib/generated/prisma/client";

/** Who hears of concerns and pause requests: the active volunteer coordinators, else the admins. */
export async function coordinatorAddresses(tx: Prisma.TransactionClient): Promise<string[]> {
  for (const role of ["VOLUNTEER_COORDINATOR", "ADMIN"] as const) {
    const users = await tx.staffUser.findMany({
      where: { role, isActive: true },
      select: { email: true },
      orderBy: { email: "asc" },
    });
    if (users.length > 0) return users.map((u) => u.email);
  }
  return [];
}
