import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";
import { duplicateQuerySchema, type DuplicateQueryInput } from "@/lib/validation/staff-intake-schema";
import { OPEN_REQUEST } from "./open-request";
import { parseStaffInput } from "./staff-action";

export interface OpenDuplicate {
  id: string;
  reference: string;
  status: HelpRequestStatus;
  receivedAt: Date;
  /** What matched: the phone number, the e-mail address or both. */
  matchedOn: ("phone" | "email")[];
}

/**
 * Open requests (not closed or withdrawn) of a person with the same phone
 * number (compared normalised, so "0470 12 34 56" finds "+32470123456") or
 * the same e-mail address (stored and compared in lower case). Newest first,
 * at most 10. No personal data in the answer: the page links to the request.
 */
export async function findOpenDuplicatesIn(
  db: Db | Prisma.TransactionClient,
  { phoneE164, email }: { phoneE164: string | null; email: string | null },
): Promise<OpenDuplicate[]> {
  const or: Prisma.PersonWhereInput[] = [];
  if (phoneE164) or.push({ phoneE164 });
  if (email) or.push({ email: email.toLowerCase() });
  if (or.length === 0) return [];
  const rows = await db.helpRequest.findMany({
    where: { ...OPEN_REQUEST, person: { OR: or } },
    orderBy: [{ receivedAt: "desc" }, { id: "asc" }],
    take: 10,
    select: {
      id: true,
      reference: true,
      status: true,
      receivedAt: true,
      person: { select: { phoneE164: true, email: true } },
    },
  });
  return rows.map(({ person, ...row }) => ({
    ...row,
    matchedOn: [
      ...(phoneE164 && person.phoneE164 === phoneE164 ? (["phone"] as const) : []),
      ...(email && person.email === email.toLowerCase() ? (["email"] as const) : []),
    ],
  }));
}

/** For the intake form: warns and links when the same phone or e-mail already has an open request. */
export async function findOpenDuplicates(
  actor: StaffActor,
  input: DuplicateQueryInput,
  { db = prisma }: { db?: Db; now?: Date } = {},
): Promise<OpenDuplicate[]> {
  assertCan(actor, "request:read");
  return findOpenDuplicatesIn(db, parseStaffInput(duplicateQuerySchema, input));
}
