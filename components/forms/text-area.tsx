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

export interface TextAreaProps {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
  rows?: number;
}

export function TextArea({
  name,
  label,
  id = name,
  hint,
  error,
  defaultValue = "",
  optional,
  rows = 5,
}: TextAreaProps) {
  return (
    <div className={`${fieldGroupClass} ${error ? errorGroupClass : ""}`}>
      <label htmlFor={id} className={labelClass}>
        {label}
        <Optional optional={optional} />
      </label>
      <Hint id={hintId(id)}>{hint}</Hint>
      <ErrorText id={errorId(id)} message={error} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
        className={`${inputClass(error)} mt-2 max-w-xl`}
      />
    </div>
  );
}
