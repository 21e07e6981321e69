"use client";

import { useActionState, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { StateErrorSummary } from "@/components/forms/state-error-summary";
import type { PortalFormState } from "@/lib/volunteer-portal/portal-form-state";

export type PortalAction = (state: PortalFormState, formData: FormData) => Promise<PortalFormState>;

/**
 * The frame of a form on the volunteer page: a plain form posting to a server
 * action (works without JavaScript), the error summary, and the link it is
 * about. The fields get the state of the last answer, for errors and kept values.
 */
export function PortalForm({
  action,
  title,
  fieldOrder = [],
  linkId,
  className = "",
  children,
}: {
  action: PortalAction;
  /** The heading of the error summary. */
  title: string;
  fieldOrder?: readonly string[];
  linkId?: string;
  className?: string;
  children: (state: PortalFormState) => ReactNode;
}) {
  const [state, formAction] = useActionState(action, { attempt: 0, errors: {}, message: null, values: {} });
  return (
    <form key={state.attempt} action={formAction} noValidate className={className}>
      <StateErrorSummary
        title={title}
        fieldOrder={fieldOrder}
        errors={state.errors}
        message={state.message}
      />
      {linkId ? <input type="hidden" name="linkId" value={linkId} /> : null}
      {children(state)}
    </form>
  );
}

export const bigButtonClass =
  "bg-brand-700 hover:bg-brand-900 min-h-16 w-full rounded-md px-6 py-3 text-xl font-bold text-white";
export const quietButtonClass =
  "border-brand-700 text-brand-800 hover:bg-brand-50 min-h-14 w-full rounded-md border-2 bg-white px-6 py-3 text-lg font-bold sm:w-auto";

/** A submit button that may carry a value (one tap = one answer), with a spoken "busy" message. */
export function PortalButton({
  children,
  name,
  value,
  quiet = false,
}: {
  children: ReactNode;
  name?: string;
  value?: string;
  quiet?: boolean;
}) {
  return (
    <button type="submit" name={name} value={value} className={quiet ? quietButtonClass : bigButtonClass}>
      {children}
    </button>
  );
}

export function PendingNote({ text }: { text: string }) {
  const { pending } = useFormStatus();
  return (
    <p role="status" className="mt-3 text-lg">
      {pending ? text : ""}
    </p>
  );
}
