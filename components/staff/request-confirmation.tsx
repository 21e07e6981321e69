"use client";

import { useEffect, useRef } from "react";

/**
 * The short confirmation after an action ("Het eerste contact is
 * geregistreerd."). It is a status message and takes focus when it appears,
 * so it is read out and the keyboard continues from the top of the request.
 */
export function RequestConfirmation({ message }: { message: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      ref={ref}
      role="status"
      tabIndex={-1}
      className="mb-6 rounded-md border-4 border-green-800 bg-green-50 p-4 text-lg font-bold text-green-950"
    >
      <span aria-hidden="true">✓ </span>
      {message}
    </div>
  );
}
