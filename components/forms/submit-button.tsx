"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/** The big button at the end of a form, with a spoken "busy" message while sending. */
export function SubmitButton({ children, pendingText }: { children: ReactNode; pendingText: string }) {
  const { pending } = useFormStatus();
  return (
    <div className="mt-8">
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 min-h-14 w-full rounded-md px-8 py-3 text-xl font-bold text-white sm:w-auto"
      >
        {children}
      </button>
      <p role="status" className="mt-3 text-lg">
        {pending ? pendingText : ""}
      </p>
    </div>
  );
}
