import { Field, type FieldProps } from "./field";
import { inputClass } from "./field-parts";

export interface SelectFieldProps extends FieldProps {
  options: readonly { value: string; label: string }[];
}

export function SelectField({ options, ...field }: SelectFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <select {...control} className={`${inputClass(field.error)} mt-2 max-w-sm`}>
          <SelectOptions options={options} />
        </select>
      )}
    </Field>
  );
}

/** The options of a select, for selects that are not a SelectField (their own frame or handler). */
export function SelectOptions({ options }: { options: readonly { value: string; label: string }[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}
