import "server-only";
import { prisma, type Db } from "@/lib/db";
import { normalizeReference } from "./reference";

/**
 * What the thank-you page may show about a request: its reference, deadline
 * and for whom — never personal data (anyone can type a reference in the URL).
 */
export async function getHelpRequestConfirmation(reference: string | null | undefined, db: Db = prisma) {
  const normalized = normalizeReference(reference);
  if (!normalized) return null;
  return db.helpRequest.findUnique({
    where: { reference: normalized },
    select: { reference: true, dueAt: true, requestFor: true },
  });
}
