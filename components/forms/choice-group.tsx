import type { ChangeEventHandler, ReactNode } from "react";
import { Fieldset } from "./field";
import { checkInputClass } from "./field-parts";

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

interface ChoiceGroupProps {
  type: "radio" | "checkbox";
  name: string;
  legend: ReactNode;
  options: readonly ChoiceOption[];
  /** Id of the first input: the error summary links to it. Defaults to the name. */
  firstId?: string;
  hint?: ReactNode;
  error?: string;
  selected: readonly string[];
  optional?: boolean;
  /** A smaller legend, for a group inside another group. */
  nested?: boolean;
  /** Lay the options side by side when there is room (short labels). */
  inline?: boolean;
  onChange?: ChangeEventHandler<HTMLInputElement>;
}

/** A fieldset of radios or checkboxes with a legend, hint and error. */
function ChoiceGroup({
  type,
  name,
  legend,
  options,
  firstId = name,
  hint,
  error,
  selected,
  optional,
  nested,
  inline,
  onChange,
}: ChoiceGroupProps) {
  return (
    <Fieldset
      groupId={`${firstId}-group`}
      legend={legend}
      hint={hint}
      error={error}
      optional={optional}
      nested={nested}
    >
      <div className={`mt-2 ${inline ? "flex flex-wrap gap-x-6" : "space-y-1"}`}>
        {options.map((option, index) => {
          const id = index === 0 ? firstId : `${firstId}-${option.value || "none"}`;
          const optionHintId = option.hint ? `${id}-hint` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-3">
              <input
                id={id}
                name={name}
                type={type}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                onChange={onChange}
                aria-describedby={optionHintId}
                className={checkInputClass}
              />
              <label
                htmlFor={id}
                className="flex min-h-11 cursor-pointer flex-col justify-center py-1 text-lg"
              >
                <span>{option.label}</span>
                {option.hint ? (
                  <span id={optionHintId} className="text-muted text-base">
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}

export type RadioGroupProps = Omit<ChoiceGroupProps, "type" | "selected"> & { defaultValue?: string };

export function RadioGroup({ defaultValue = "", ...props }: RadioGroupProps) {
  // Nothing is pre-selected, not even an "I'd rather not say" option with an empty value.
  return <ChoiceGroup type="radio" selected={defaultValue ? [defaultValue] : []} {...props} />;
}

export type CheckboxGroupProps = Omit<ChoiceGroupProps, "type" | "selected"> & {
  defaultValues?: readonly string[];
};

export function CheckboxGroup({ defaultValues = [], ...props }: CheckboxGroupProps) {
  return <ChoiceGroup type="checkbox" selected={defaultValues} {...props} />;
}
