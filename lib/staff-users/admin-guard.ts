import type { Prisma } from "@/lib/generated/prisma/client";
import { AdminError } from "./admin-error";

type Tx = Prisma.TransactionClient;

// Any number, the same everywhere: the key of the lock below.
const ADMIN_LOCK_KEY = 7_301_2026;

/**
 * Serialises every change that could take away an admin (deactivation, a new
 * role) across app instances, until the transaction ends. Two admins who
 * deactivate each other at the same moment can't leave the city without one.
 */
export async function lockAdminChanges(tx: Tx): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${ADMIN_LOCK_KEY})`);
}

/** Refuses when no other active admin would be left once this user stops being one. Call after lockAdminChanges. */
export async function assertAnotherActiveAdmin(tx: Tx, userId: string, message: string): Promise<void> {
  const others = await tx.staffUser.count({ where: { role: "ADMIN", isActive: true, id: { not: userId } } });
  if (others === 0) throw new AdminError("last-admin", message);
}
