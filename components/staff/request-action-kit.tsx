"use client";

// The parts every action form on a request's page shares: its state (kept
// values and Dutch refusals), field ids unique on the page (several forms
// have a "note"), the refusal box, the panel around the form and the frame
// of one action form (RequestActionForm), so each form is just its fields.
import { useActionState, type MouseEvent, type ReactNode } from "react";
import { initialRequestActionState, type RequestActionState } from "@/app/beheer/aanvragen/[id]/action-state";
import { SubmitButton } from "@/components/forms/submit-button";
import { FocusBox } from "./focus-box";

export type RequestAction = (state: RequestActionState, formData: FormData) => Promise<RequestActionState>;

/**
 * One action form's state, with the values and errors of its fields, ids
 * prefixed with the form's name, and the props of each kind of field ready
 * to spread.
 */
export function useRequestAction(action: RequestAction, prefix: string) {
  const [state, formAction] = useActionState(action, initialRequestActionState);
  const answered = state.attempt > 0;
  const id = (name: string) => `${prefix}-${name}`;
  /** What was typed (after a refusal), else the given default. */
  const value = (name: string, fallback = ""): string => {
    if (!answered) return fallback;
    const v = state.values[name];
    return typeof v === "string" ? v : "";
  };
  const list = (name: string, fallback: readonly string[] = []): string[] => {
    if (!answered) return [...fallback];
    const v = state.values[name];
    return Array.isArray(v) ? v : [];
  };
  const error = (name: string): string | undefined => state.errors[name];
  return {
    state,
    formAction,
    answered,
    id,
    value,
    error,
    /** A text field, textarea or select. */
    field: (name: string, fallback?: string) => ({
      name,
      id: id(name),
      defaultValue: value(name, fallback),
      error: error(name),
    }),
    /** A radio group. */
    radio: (name: string, fallback?: string) => ({
      name,
      firstId: id(name),
      defaultValue: value(name, fallback),
      error: error(name),
    }),
    /** A checkbox group. */
    checks: (name: string, fallback?: readonly string[]) => ({
      name,
      firstId: id(name),
      defaultValues: list(name, fallback),
      error: error(name),
    }),
  };
}

export type RequestActionFields = ReturnType<typeof useRequestAction>;

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
    <FocusBox
      role="alert"
      labelledBy={`${prefix}-errors-title`}
      // Without JavaScript the page comes back whole: the attribute moves focus here.
      focusOnLoad
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
    </FocusBox>
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

/**
 * One action form: its panel, the refusal box, the request's id, an optional
 * sentence about the action, the fields (given the form's state) and the
 * button. The form remounts on every answer so the kept values show.
 */
export function RequestActionForm({
  action,
  prefix,
  title,
  primary,
  requestId,
  fieldOrder,
  intro,
  submitLabel,
  children,
}: {
  action: RequestAction;
  /** Prefix of the field ids, unique on the page. */
  prefix: string;
  title: string;
  primary?: boolean;
  requestId?: string;
  /** The fields in the order of the form: the refusal box lists their errors so. */
  fieldOrder: readonly string[];
  intro?: ReactNode;
  submitLabel: string;
  children: (f: RequestActionFields) => ReactNode;
}) {
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title={title} primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={fieldOrder} />
        {requestId ? <RequestIdField requestId={requestId} /> : null}
        {intro ? <p className="mb-4 text-lg">{intro}</p> : null}
        {children(f)}
        <SubmitButton pendingText="Even geduld…">{submitLabel}</SubmitButton>
      </form>
    </ActionPanel>
  );
}

export function RequestIdField({ requestId }: { requestId: string }) {
  return <input type="hidden" name="requestId" value={requestId} />;
}

/** What every action form takes. */
export interface ActionFormProps {
  action: RequestAction;
  /** The most likely next step: shown open, first. */
  primary?: boolean;
}

export interface ForRequest extends ActionFormProps {
  requestId: string;
}
