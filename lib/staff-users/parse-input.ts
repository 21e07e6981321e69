import type { z } from "zod";
import { fieldErrors } from "@/lib/validation/fields";
import { AdminError } from "./admin-error";

/** Parses input with the form's schema; a refusal carries the message per field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AdminError("invalid-input", "Kijk de gemarkeerde velden na.", fieldErrors(parsed.error));
}
