import type { ReactNode } from "react";
import {
  describedBy,
  errorId,
  ErrorText,
  errorGroupClass,
  fieldGroupClass,
  Hint,
  hintId,
} from "./field-parts";

export interface ConsentCheckboxProps {
  name: string;
  label: ReactNode;
  id?: string;
  hint?: ReactNode;
  error?: string;
  defaultChecked?: boolean;
}

/** One checkbox that must be ticked (value "yes"), with its own error. */
export function ConsentCheckbox({
  name,
  label,
  id = name,
  hint,
  error,
  defaultChecked,
}: ConsentCheckboxProps) {
  return (
    <div className={`${fieldGroupClass} ${error ? errorGroupClass : ""}`}>
      <ErrorText id={errorId(id)} message={error} />
      <div className="mt-2 flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="yes"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
          className="accent-brand-700 mt-2 h-7 w-7 shrink-0 cursor-pointer"
        />
        <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center py-1 text-lg">
          {label}
        </label>
      </div>
      <Hint id={hintId(id)}>{hint}</Hint>
    </div>
  );
}
