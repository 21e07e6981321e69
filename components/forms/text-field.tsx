import type { HTMLInputAutoCompleteAttribute, HTMLAttributes, ReactNode } from "react";
import {
  describedBy,
  errorId,
  ErrorText,
  errorGroupClass,
  fieldGroupClass,
  Hint,
  hintId,
  inputClass,
  labelClass,
  Optional,
} from "./field-parts";

export interface TextFieldProps {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
  type?: "text" | "tel" | "email";
  autoComplete?: HTMLInputAutoCompleteAttribute;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  /** Narrow fields hint at the expected length (a postal code is 4 digits). */
  width?: "full" | "medium" | "short";
  spellCheck?: boolean;
}

const widths = { full: "max-w-xl", medium: "max-w-sm", short: "max-w-[8rem]" };

export function TextField({
  name,
  label,
  id = name,
  hint,
  error,
  defaultValue = "",
  optional,
  type = "text",
  autoComplete,
  inputMode,
  width = "full",
  spellCheck,
}: TextFieldProps) {
  return (
    <div className={`${fieldGroupClass} ${error ? errorGroupClass : ""}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
        <Optional optional={optional} />
      </label>
      <Hint id={hintId(id)}>{hint}</Hint>
      <ErrorText id={errorId(id)} message={error} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
        className={`${inputClass(error)} ${widths[width]} mt-2`}
      />
    </div>
  );
}
