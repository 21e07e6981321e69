"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * The box that says a form worked, taking focus when it appears so a screen
 * reader reads it and keyboard users continue from there: with JavaScript by
 * an effect (React only auto-focuses form controls), without by the autofocus
 * attribute of the new page.
 */
export function AdminSuccessPanel({ title, children }: { title: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="status"
      aria-labelledby="success-panel-title"
      tabIndex={-1}
      // Only rendered as the answer to a form, never on a first visit.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus
      className="border-brand-700 bg-brand-50 mb-10 max-w-3xl rounded-md border-4 p-5"
    >
      <h2 id="success-panel-title" className="text-2xl font-bold">
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-lg">{children}</div>
    </div>
  );
}
