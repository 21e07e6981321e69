// The filters of the queue (/beheer/aanvragen), as they arrive in the URL's
// search parameters. A filter value that makes no sense is dropped rather
// than refused: an old bookmark still opens the queue.
import { z } from "@/lib/validation/zod";
import type { Channel, HelpRequestStatus, Need } from "@/lib/generated/prisma/enums";
import { searchTerm } from "./fields";
import { CHANNEL_OPTIONS, NEED_OPTIONS, STATUS_OPTIONS } from "./options";
import { values } from "./staff-fields";

export const QUEUE_PAGE_SIZE = 25;
export const QUEUE_SEARCH_MAX = 80;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

const oneOf = <T extends string>(allowed: readonly T[]) =>
  z
    .string()
    .trim()
    .transform((v) => ((allowed as readonly string[]).includes(v) ? (v as T) : null))
    .nullable()
    .catch(null)
    .prefault("");

const list = <T extends string>(allowed: readonly T[]) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => {
      const items = (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim());
      return [...new Set(items.filter((s): s is T => (allowed as readonly string[]).includes(s)))];
    })
    .catch([])
    .prefault([]);

export const queueFilterSchema = z
  .object({
    status: list(values(STATUS_OPTIONS)),
    channel: oneOf(values(CHANNEL_OPTIONS)),
    neighbourhoodId: z
      .string()
      .trim()
      .transform((v) => (ID.test(v) ? v : null))
      .catch(null)
      .prefault(""),
    need: oneOf(values(NEED_OPTIONS)),
    /** "mine", "unassigned" or a staff user's id. */
    assignee: z
      .string()
      .trim()
      .transform((v) => (v === "mine" || v === "unassigned" || ID.test(v) ? v : null))
      .catch(null)
      .prefault(""),
    overdue: z
      .union([z.string(), z.boolean()])
      .transform((v) => v === true || v === "1" || v === "true" || v === "yes" || v === "on")
      .catch(false)
      .prefault(""),
    /** A reference, a name or a phone number. */
    q: searchTerm()
      .transform((v) => v.slice(0, QUEUE_SEARCH_MAX) || null)
      .catch(null)
      .prefault(""),
    sort: oneOf(["due", "received"] as const),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).prefault(1),
  })
  .transform((f) => ({
    status: f.status as HelpRequestStatus[],
    channel: f.channel as Channel | null,
    neighbourhoodId: f.neighbourhoodId,
    need: f.need as Need | null,
    assignee: f.assignee,
    overdue: f.overdue,
    q: f.q,
    sort: (f.sort ?? "due") as "due" | "received",
    page: f.page,
  }));

export type QueueFilterInput = z.input<typeof queueFilterSchema>;
export type QueueFilter = z.output<typeof queueFilterSchema>;
