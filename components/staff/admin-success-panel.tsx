"use client";

import type { ReactNode } from "react";
import { FocusBox } from "./focus-box";

/** The box that says an admin form worked; it takes focus when it appears. */
export function AdminSuccessPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <FocusBox
      role="status"
      labelledBy="success-panel-title"
      focusOnLoad
      className="border-brand-700 bg-brand-50 mb-10 max-w-3xl rounded-md border-4 p-5"
    >
      <h2 id="success-panel-title" className="text-2xl font-bold">
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-lg">{children}</div>
    </FocusBox>
  );
}
