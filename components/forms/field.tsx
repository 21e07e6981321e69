import type { ReactNode } from "react";
import {
  controlAria,
  describedBy,
  errorId,
  ErrorText,
  fieldGroupClass,
  groupClass,
  Hint,
  hintId,
  labelClass,
  legendClass,
  Optional,
} from "./field-parts";

/** What every field with one control (text input, textarea, select) takes. */
export interface FieldProps {
  name: string;
  label: ReactNode;
  /** Defaults to the name; the error summary links to it. */
  id?: string;
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
}

/** The attributes `Field` hands to its control. */
export type ControlProps = { id: string; name: string; defaultValue: string } & ReturnType<
  typeof controlAria
>;

/**
 * The frame of a field with one control: label (with "niet verplicht"), hint
 * and error above the control. The control is rendered by `children` with the
 * id, name, value and aria attributes, so every kind of control is tied to its
 * hint and error the same way.
 */
export function Field({
  name,
  label,
  id = name,
  hint,
  error,
  defaultValue = "",
  optional,
  children,
}: FieldProps & { children: (control: ControlProps) => ReactNode }) {
  return (
    <div className={groupClass(fieldGroupClass, error)}>
      <label htmlFor={id} className={labelClass}>
        {label}
        <Optional optional={optional} />
      </label>
      <Hint id={hintId(id)}>{hint}</Hint>
      <ErrorText id={errorId(id)} message={error} />
      {children({ id, name, defaultValue, ...controlAria(id, hint, error) })}
    </div>
  );
}

/**
 * A fieldset with a legend, hint and error, for a group of controls (radios,
 * checkboxes). The hint and error are tied to the fieldset, so they are read
 * when entering the group. Their ids derive from `groupId`.
 */
export function Fieldset({
  groupId,
  legend,
  hint,
  error,
  optional,
  nested,
  children,
}: {
  groupId: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  /** A smaller legend, for a group inside another group. */
  nested?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset
      className={groupClass(nested ? "mb-4" : fieldGroupClass, error)}
      aria-describedby={describedBy(hint && hintId(groupId), error && errorId(groupId))}
    >
      <legend className={nested ? "mb-1 text-lg font-bold" : legendClass}>
        {legend}
        <Optional optional={optional} />
      </legend>
      <Hint id={hintId(groupId)}>{hint}</Hint>
      <ErrorText id={errorId(groupId)} message={error} />
      {children}
    </fieldset>
  );
}
