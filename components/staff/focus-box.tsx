"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A box that answers a form (a confirmation, a refusal, a warning) and takes
 * focus when it appears, so a screen reader reads it and the keyboard
 * continues from there: with JavaScript by an effect (React only auto-focuses
 * form controls), without by the autofocus attribute of the new page when
 * `focusOnLoad` is set.
 */
export function FocusBox({
  role,
  labelledBy,
  focusOnLoad,
  className,
  children,
}: {
  role: "status" | "alert";
  labelledBy?: string;
  /** Also focus it when the page loads with it (the answer without JavaScript). */
  focusOnLoad?: boolean;
  className: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role={role}
      aria-labelledby={labelledBy}
      tabIndex={-1}
      // Only rendered as the answer to a form, never on a first visit.
      // eslint-disable-next-line jsx-a11y/no-autofocus
      autoFocus={focusOnLoad}
      className={className}
    >
      {children}
    </div>
  );
}
