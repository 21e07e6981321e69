import { useSyncExternalStore } from "react";
import type { FormState } from "@/lib/forms/form-state";

/** Typed access to what the person typed and the errors, for the fields of one form. */
export function fieldAccess<F extends string>(state: FormState) {
  const value = (name: F): string => {
    const v = state.values[name];
    return typeof v === "string" ? v : "";
  };
  const list = (name: F): string[] => {
    const v = state.values[name];
    return Array.isArray(v) ? v : [];
  };
  const error = (name: F): string | undefined => state.errors[name];
  return {
    value,
    list,
    error,
    /** Name, kept value (or `fallback` when empty) and error, to spread onto a field or radio group. */
    field: (name: F, fallback = "") => ({ name, defaultValue: value(name) || fallback, error: error(name) }),
    /** The same for a group of checkboxes. */
    checkboxes: (name: F) => ({ name, defaultValues: list(name), error: error(name) }),
    /** The same for a single checkbox with the value "yes". */
    checkbox: (name: F) => ({ name, defaultChecked: value(name) === "yes", error: error(name) }),
  };
}

const subscribe = () => () => {};

/**
 * False on the server and during hydration, true once JavaScript runs: parts
 * that only make sense with JavaScript (hiding a question until it applies)
 * switch on without a hydration mismatch, and without JavaScript everything
 * stays visible.
 */
export function useEnhanced(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
