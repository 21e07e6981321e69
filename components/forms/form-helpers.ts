import { useSyncExternalStore } from "react";
import type { FormState } from "@/lib/forms/form-state";

/** Typed access to what the person typed and the errors, for the fields of one form. */
export function fieldAccess<F extends string>(state: FormState) {
  return {
    value(name: F): string {
      const v = state.values[name];
      return typeof v === "string" ? v : "";
    },
    list(name: F): string[] {
      const v = state.values[name];
      return Array.isArray(v) ? v : [];
    },
    error(name: F): string | undefined {
      return state.errors[name];
    },
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
