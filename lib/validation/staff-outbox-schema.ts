// The filter of the outbox page (/beheer/outbox), from the URL.
import { z } from "@/lib/validation/zod";
import { id } from "./staff-fields";
import type { OutboxStatus } from "@/lib/generated/prisma/enums";

export const OUTBOX_PAGE_SIZE = 50;

export const OUTBOX_STATUS_OPTIONS = [
  { value: "PENDING", label: "Nog niet verstuurd" },
  { value: "SENT", label: "Verstuurd" },
  { value: "FAILED", label: "Mislukt" },
] as const satisfies readonly { value: OutboxStatus; label: string }[];

export const outboxFilterSchema = z.object({
  status: z
    .string()
    .trim()
    .transform((v) => (["PENDING", "SENT", "FAILED"].includes(v) ? (v as OutboxStatus) : null))
    .catch(null)
    .prefault(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).prefault(1),
});

export type OutboxFilterInput = z.input<typeof outboxFilterSchema>;

/** "Toon geheim (alleen demo)": which message (a hidden field of its form). */
export const revealOutboxSecretSchema = z.object({
  messageId: id("Kies een bericht."),
});

export type RevealOutboxSecretInput = z.input<typeof revealOutboxSecretSchema>;
