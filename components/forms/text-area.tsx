import { Field, type FieldProps } from "./field";
import { inputClass } from "./field-parts";

export interface TextAreaProps extends FieldProps {
  rows?: number;
}

export function TextArea({ rows = 5, ...field }: TextAreaProps) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea {...control} rows={rows} className={`${inputClass(field.error)} mt-2 max-w-xl`} />
      )}
    </Field>
  );
}
