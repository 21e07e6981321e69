// Building blocks shared by the staff forms' schemas (lib/validation/staff-*.ts),
// next to those of the public forms in ./fields.ts.
import { z } from "@/lib/validation/zod";

export const ID_INVALID = "Deze keuze bestaat niet (meer). Laad de pagina opnieuw.";

/** The values of a list of options, as zod wants them. */
export const values = <T extends string>(options: readonly { value: T }[]) =>
  options.map((o) => o.value) as [T, ...T[]];

/** The id of a record (a cuid), required. */
export function id(message = ID_INVALID) {
  return z
    .string({ error: message })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, message)
    .prefault("");
}

/** The id of a record, or "" when none is chosen. */
export function optionalId(message = ID_INVALID) {
  return z
    .string({ error: message })
    .trim()
    .regex(/^([A-Za-z0-9_-]{1,64})?$/, message)
    .prefault("");
}

/** A single checkbox: "yes" when ticked, "" (or missing) when not. */
export function checkbox() {
  return z.enum(["yes", ""]).catch("").prefault("");
}
