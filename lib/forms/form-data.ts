import { z } from "@/lib/validation/zod";
import { withoutInvisibleCharacters } from "@/lib/validation/fields";
import type { FormValues } from "./form-state";

/**
 * Reads the fields a schema knows from FormData: checkbox groups (array
 * fields) as lists, every other field as one string. Anything else (the
 * token, the honeypot, Next's $ACTION_ fields) is left out, so it is never
 * echoed back into the form.
 */
export function readFormValues(formData: FormData, fields: z.ZodObject): FormValues {
  const values: FormValues = {};
  for (const [name, schema] of Object.entries(fields.shape)) {
    const all = formData.getAll(name).filter((v): v is string => typeof v === "string");
    values[name] = isListField(schema) ? all : (all[0] ?? "");
  }
  return values;
}

function isListField(schema: unknown): boolean {
  let current = schema as z.ZodType;
  // Unwrap prefault/default/optional wrappers around an array.
  for (let i = 0; i < 5; i++) {
    if (current instanceof z.ZodArray) return true;
    const inner = (current as { _zod?: { def?: { innerType?: z.ZodType } } })._zod?.def?.innerType;
    if (!inner) return false;
    current = inner;
  }
  return false;
}

/**
 * What the person typed, to show again in a form that came back: without the
 * invisible characters free text may not contain (lib/validation/fields.ts),
 * so that after the message about them, sending once more is all it takes.
 */
export function valuesToShowAgain<V extends Record<string, string | string[]>>(values: V): V {
  const shown: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(values)) {
    shown[name] = Array.isArray(value)
      ? value.map(withoutInvisibleCharacters)
      : withoutInvisibleCharacters(value);
  }
  return shown as V;
}
