import type { ReactNode } from "react";
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

export interface SelectFieldProps {
  name: string;
  label: ReactNode;
  options: readonly { value: string; label: string }[];
  id?: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
}

export function SelectField({
  name,
  label,
  options,
  id = name,
  hint,
  error,
  defaultValue = "",
  optional,
}: SelectFieldProps) {
  return (
    <div className={`${fieldGroupClass} ${error ? errorGroupClass : ""}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
        <Optional optional={optional} />
      </label>
      <Hint id={hintId(id)}>{hint}</Hint>
      <ErrorText id={errorId(id)} message={error} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
        className={`${inputClass(error)} mt-2 max-w-sm`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
