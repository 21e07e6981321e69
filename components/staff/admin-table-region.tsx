import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways inside its own box on a narrow screen
 * (320 px), reachable and scrollable by keyboard. `relative` keeps the
 * visually hidden texts inside the box, or they would widen the page.
 */
export function AdminTableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // Focusable so keyboard users can scroll it; a region with a name, so it is announced.
    <div role="region" aria-label={label} tabIndex={0} className="relative mt-4 overflow-x-auto">
      {children}
    </div>
  );
}

export const thClass = "border-b-2 border-ink px-3 py-2 text-left align-bottom font-bold";
export const tdClass = "border-b border-gray-300 px-3 py-3 align-top";
