import "server-only";
import { prisma, type Db } from "@/lib/db";

/**
 * Whether a sign-up with this confirmation key (the idempotency key of its
 * form, random and known only to whoever sent the form) is stored. The
 * thank-you page says "received" only when it is.
 */
export async function isVolunteerApplicationStored(
  key: string | null | undefined,
  db: Db = prisma,
): Promise<boolean> {
  if (typeof key !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(key)) return false;
  const volunteer = await db.volunteer.findUnique({ where: { submissionToken: key }, select: { id: true } });
  return volunteer !== null;
}
