import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The condition "still open" (status NEW … FOLLOW_UP). closedAt is set exactly
 * when a request leaves the open statuses — closed or withdrawn, see
 * end-request.ts — and a CHECK constraint in the database
 * ("HelpRequest_closedAt_iff_ended") holds every row to that, so "closedAt IS
 * NULL" means open. Asking it that way lets Postgres use the partial index
 * "HelpRequest_open_queue_idx" (firstContactAt NULLS FIRST, dueAt, id WHERE
 * closedAt IS NULL), ordered like the queue: the queue, the "Vandaag" lists
 * and the SLA job stay fast however many closed requests pile up.
 */
export const OPEN_REQUEST = { closedAt: null } as const satisfies Prisma.HelpRequestWhereInput;
