"use client";

import { ErrorSummary } from "./error-summary";

/**
 * The error summary of a form whose state holds field errors and a message
 * about the form as a whole: the field errors in the order of the form,
 * linked, and the message above them. Nothing when there is neither.
 */
export function StateErrorSummary({
  title,
  fieldOrder,
  errors,
  message,
}: {
  title: string;
  fieldOrder: readonly string[];
  errors: Partial<Record<string, string>>;
  message?: string | null;
}) {
  const fieldErrors = fieldOrder.flatMap((field) => {
    const text = errors[field];
    return text ? [{ fieldId: field, message: text }] : [];
  });
  if (!message && fieldErrors.length === 0) return null;
  return (
    <ErrorSummary title={title} errors={fieldErrors}>
      {message ? <p>{message}</p> : null}
    </ErrorSummary>
  );
}
