"use client";

// The parts every action form on a request's page shares: its state (kept
// values and Dutch refusals), field ids unique on the page (several forms
// have a "note"), the refusal box, the panel around the form, a date field
// and the six De Jong Gierveld statements.
import { useActionState, useEffect, useRef, type MouseEvent, type ReactNode } from "react";
import { initialRequestActionState, type RequestActionState } from "@/app/beheer/aanvragen/[id]/action-state";
import { RadioGroup } from "@/components/forms/choice-group";
import {
  describedBy,
  errorGroupClass,
  errorId,
  ErrorText,
  fieldGroupClass,
  Hint,
  hintId,
  inputClass,
  labelClass,
  legendClass,
  Optional,
} from "@/components/forms/field-parts";
import {
  LONELINESS_ANSWER_LABELS,
  LONELINESS_ANSWERS,
  LONELINESS_ITEMS,
} from "@/lib/help-requests/loneliness-scale";
import { LONELINESS_ITEM_FIELDS } from "@/lib/validation/staff-request-schemas";

export type RequestAction = (state: RequestActionState, formData: FormData) => Promise<RequestActionState>;

/** One action form's state, with the values and errors of its fields, and ids prefixed with the form's name. */
export function useRequestAction(action: RequestAction, prefix: string) {
  const [state, formAction] = useActionState(action, initialRequestActionState);
  const answered = state.attempt > 0;
  return {
    state,
    formAction,
    answered,
    id: (name: string) => `${prefix}-${name}`,
    /** What was typed (after a refusal), else the given default. */
    value(name: string, fallback = ""): string {
      if (!answered) return fallback;
      const v = state.values[name];
      return typeof v === "string" ? v : "";
    },
    list(name: string, fallback: readonly string[] = []): string[] {
      if (!answered) return [...fallback];
      const v = state.values[name];
      return Array.isArray(v) ? v : [];
    },
    error: (name: string): string | undefined => state.errors[name],
  };
}

/**
 * Why the action was refused, at the top of its form: the fields to fix (as
 * links) or the one sentence about the action. It takes focus when it
 * appears, so the refusal is read out and the next Tab leads into the form.
 */
export function ActionErrors({
  prefix,
  state,
  fieldOrder,
}: {
  prefix: string;
  state: RequestActionState;
  fieldOrder: readonly string[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const fields = fieldOrder.filter((f) => state.errors[f]);
  const other = Object.entries(state.errors)
    .filter(([f]) => !fieldOrder.includes(f))
    .map(([, message]) => message);
  if (fields.length === 0 && other.length === 0 && !state.message) return null;

  function goTo(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const input = document.getElementById(fieldId);
    if (!input) return;
    event.preventDefault();
    const caption = input.closest("fieldset")?.querySelector("legend") ?? input;
    caption.scrollIntoView({ block: "start" });
    input.focus({ preventScroll: true });
  }

  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby={`${prefix}-errors-title`}
      // Without JavaScript the page comes back whole: the attribute moves focus here.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      className="border-accent-700 mb-6 rounded-md border-4 bg-white p-4"
    >
      <h4 id={`${prefix}-errors-title`} className="text-xl font-bold">
        Dat lukte niet
      </h4>
      {fields.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-6 text-lg">
          {fields.map((f) => (
            <li key={f}>
              <a
                href={`#${prefix}-${f}`}
                onClick={(event) => goTo(event, `${prefix}-${f}`)}
                className="text-accent-700 font-bold underline underline-offset-4"
              >
                {state.errors[f]}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {other.map((message) => (
        <p key={message} className="mt-2 text-lg">
          {message}
        </p>
      ))}
      {fields.length === 0 && other.length === 0 ? <p className="mt-2 text-lg">{state.message}</p> : null}
    </div>
  );
}

/**
 * The frame of one action. The most likely next step is open with its
 * heading; the others are closed disclosures (Enter or Space opens them) that
 * stay open when the form came back with a refusal.
 */
export function ActionPanel({
  prefix,
  title,
  primary,
  open,
  children,
}: {
  prefix: string;
  title: string;
  primary?: boolean;
  /** Open the disclosure (the form came back with a refusal). */
  open?: boolean;
  children: ReactNode;
}) {
  if (primary) {
    return (
      <section
        aria-labelledby={`${prefix}-title`}
        className="border-brand-700 mb-6 rounded-md border-4 bg-white p-4 sm:p-6"
      >
        <p className="text-brand-800 font-bold">Volgende stap</p>
        <h3 id={`${prefix}-title`} className="mb-4 text-2xl font-bold">
          {title}
        </h3>
        {children}
      </section>
    );
  }
  return (
    <details open={open || undefined} className="group mb-3 rounded-md border-2 border-gray-400 bg-white">
      <summary className="hover:bg-brand-50 flex min-h-11 cursor-pointer items-center gap-3 px-4 py-2">
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▶
        </span>
        <h3 id={`${prefix}-title`} className="inline text-xl font-bold">
          {title}
        </h3>
      </summary>
      <div className="border-t-2 border-gray-300 p-4 sm:p-6">{children}</div>
    </details>
  );
}

/** A date or date-and-time field in the style of the form kit. */
export function DateField({
  id,
  name,
  label,
  type,
  hint,
  error,
  defaultValue = "",
  optional,
  min,
  max,
}: {
  id: string;
  name: string;
  label: ReactNode;
  type: "date" | "datetime-local";
  hint?: ReactNode;
  error?: string;
  defaultValue?: string;
  optional?: boolean;
  min?: string;
  max?: string;
}) {
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
        min={min}
        max={max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId(id), error && errorId(id))}
        className={`${inputClass(error)} mt-2 max-w-xs`}
      />
    </div>
  );
}

const ANSWER_OPTIONS = LONELINESS_ANSWERS.map((value) => ({ value, label: LONELINESS_ANSWER_LABELS[value] }));

/**
 * The 6-item De Jong Gierveld loneliness scale, in its standard Dutch wording,
 * each statement answered "ja", "min of meer" or "nee". Optional: all six or none.
 */
export function LonelinessScaleFields({
  prefix,
  value,
  error,
}: {
  prefix: string;
  value: (name: string) => string;
  error: (name: string) => string | undefined;
}) {
  const groupError = LONELINESS_ITEM_FIELDS.some((f) => error(f));
  return (
    <fieldset className={`${fieldGroupClass} ${groupError ? errorGroupClass : ""}`}>
      <legend className={legendClass}>
        Eenzaamheidsschaal van De Jong Gierveld
        <Optional optional />
      </legend>
      <div className="text-muted mt-1 mb-4 space-y-1 text-base">
        <p>
          Lees voor: &ldquo;Ik lees zes uitspraken voor. Zeg telkens of die op jou van toepassing is, zoals je
          je de laatste tijd voelt: ja, min of meer, of nee.&rdquo;
        </p>
        <p>Beantwoord alle zes, of laat ze alle zes leeg.</p>
      </div>
      {LONELINESS_ITEMS.map((item, index) => {
        const name = LONELINESS_ITEM_FIELDS[index]!;
        return (
          <RadioGroup
            key={name}
            name={name}
            firstId={`${prefix}-${name}`}
            legend={`${item.number}. ${item.text}`}
            options={ANSWER_OPTIONS}
            defaultValue={value(name)}
            error={error(name)}
            nested
            inline
          />
        );
      })}
    </fieldset>
  );
}
