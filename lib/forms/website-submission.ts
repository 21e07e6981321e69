// What the functions that store a public form's submission share.
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a submission is stored with, besides the form's input. */
export interface WebsiteSubmissionContext {
  /** Salted hash of the client address (see lib/request-context): rate-limit key and audit ipHash. */
  clientKey: string;
  /** The idempotency key from the form token: the same token always yields the same stored result. */
  submissionToken: string;
  now?: Date;
  db?: Db;
}

/**
 * The id of the neighbourhood chosen in a form, by its slug; null when none
 * was chosen or it is no longer in the list (the submission is kept anyway).
 */
export async function neighbourhoodIdBySlug(
  tx: Prisma.TransactionClient,
  slug: string | null,
): Promise<string | null> {
  if (!slug) return null;
  const neighbourhood = await tx.neighbourhood.findUnique({ where: { slug }, select: { id: true } });
  return neighbourhood?.id ?? null;
}
