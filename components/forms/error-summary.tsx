"use client";

import { useEffect, useRef, type MouseEvent, type ReactNode } from "react";

export interface SummaryError {
  /** Id of the field (its first input for a group). */
  fieldId: string;
  message: string;
}

/**
 * The box at the top of a form that came back: what went wrong and a link to
 * each field. It takes focus when it appears (with JavaScript by an effect,
 * without by the autofocus attribute of the server-rendered page).
 */
export function ErrorSummary({
  title,
  children,
  errors,
}: {
  title: string;
  children?: ReactNode;
  errors: readonly SummaryError[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    // "Fout: " in the page title, so a screen reader user hears it when switching tabs too.
    const original = document.title.replace(/^Fout: /, "");
    document.title = `Fout: ${original}`;
    return () => {
      document.title = original;
    };
  }, []);

  function goToField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
    const input = document.getElementById(fieldId);
    if (!input) return;
    event.preventDefault();
    // Show the question, not only the input: scroll its legend or label into view.
    const fieldset = input.closest("fieldset");
    const caption =
      fieldset?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
    (caption ?? input).scrollIntoView({ block: "start" });
    input.focus({ preventScroll: true });
  }

  return (
    <div
      ref={ref}
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      // Moves focus here after a submission without JavaScript (a new page):
      // the person lands on what needs attention. Never set on a first visit.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      className="border-accent-700 mb-10 rounded-md border-4 bg-white p-5"
    >
      <h2 id="error-summary-title" className="text-2xl font-bold">
        {title}
      </h2>
      {children ? <div className="mt-3 space-y-2 text-lg">{children}</div> : null}
      {errors.length > 0 ? (
        <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => goToField(event, error.fieldId)}
                className="text-accent-700 font-bold underline underline-offset-4"
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
