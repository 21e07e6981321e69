import type { HTMLInputAutoCompleteAttribute, HTMLAttributes } from "react";
import { Field, type FieldProps } from "./field";
import { inputClass } from "./field-parts";

export interface TextFieldProps extends FieldProps {
  type?: "text" | "tel" | "email" | "password" | "date" | "datetime-local";
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  /** Narrow fields hint at the expected length (a postal code is 4 digits). */
  width?: "full" | "medium" | "small" | "short";
  spellCheck?: boolean;
  /** The earliest and latest day, for a date field. */
  min?: string;
  max?: string;
}

const widths = { full: "max-w-xl", medium: "max-w-sm", small: "max-w-xs", short: "max-w-[8rem]" };

export function TextField({
  type = "text",
  autoComplete,
  inputMode,
  width = "full",
  spellCheck,
  min,
  max,
  ...field
}: TextFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          spellCheck={spellCheck}
          min={min}
          max={max}
          className={`${inputClass(field.error)} ${widths[width]} mt-2`}
        />
      )}
    </Field>
  );
}
