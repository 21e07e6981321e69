import type { ReactNode } from "react";
import {
  checkInputClass,
  controlAria,
  errorId,
  ErrorText,
  fieldGroupClass,
  groupClass,
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
    <div className={groupClass(fieldGroupClass, error)}>
      <ErrorText id={errorId(id)} message={error} />
      <div className="mt-2 flex items-start gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          value="yes"
          defaultChecked={defaultChecked}
          {...controlAria(id, hint, error)}
          className={checkInputClass}
        />
        <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center py-1 text-lg">
          {label}
        </label>
      </div>
      <Hint id={hintId(id)}>{hint}</Hint>
    </div>
  );
}
