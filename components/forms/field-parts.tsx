import type { ReactNode } from "react";

// Small pieces shared by every field of the form kit.

const inputBase =
  "block min-h-11 w-full rounded-md border-2 bg-white px-3 py-2 text-lg text-ink placeholder:text-muted";

/** Classes of a text input, select or textarea; a field with an error gets a red border (and a thicker one, not colour alone). */
export function inputClass(error?: string): string {
  return `${inputBase} ${error ? "border-accent-700 border-[3px]" : "border-ink"}`;
}
export const labelClass = "block text-lg font-bold";
export const legendClass = "mb-1 text-xl font-bold";
export const fieldGroupClass = "mb-8";
/** Error state: a bar in the margin as well as the red text, so it is never colour alone. */
export const errorGroupClass = "border-l-4 border-accent-700 pl-4";
/** Classes of the wrapper of a field or group: its spacing, plus the error bar when it has an error. */
export function groupClass(base: string, error?: string): string {
  return `${base} ${error ? errorGroupClass : ""}`;
}
/** A radio button or checkbox: large enough to hit, in the brand colour. */
export const checkInputClass = "accent-brand-700 mt-2 h-7 w-7 shrink-0 cursor-pointer";

/** "(niet verplicht)" after the label of an optional field. */
export function Optional({ optional }: { optional?: boolean }) {
  if (!optional) return null;
  return <span className="font-normal"> (niet verplicht)</span>;
}

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={id} className="text-muted mt-1 text-base">
      {children}
    </div>
  );
}

/** The error next to a field, with "Fout:" for screen readers. */
export function ErrorText({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="text-accent-700 mt-1 font-bold">
      <span className="sr-only">Fout: </span>
      {message}
    </p>
  );
}

/** Joins the ids that apply (`hint && hintId(id)`); falsy entries are left out. */
export function describedBy(...ids: unknown[]): string | undefined {
  const list = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return list.length > 0 ? list.join(" ") : undefined;
}

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/**
 * The attributes that tie a control to its hint and error, so a screen reader
 * reads them with the control (the ids follow `hintId`/`errorId` of `id`).
 */
export function controlAria(id: string, hint: ReactNode, error?: string) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(hint && hintId(id), error && errorId(id)),
  };
}
