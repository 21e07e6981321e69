"use client";

import { FocusBox } from "./focus-box";

/**
 * The short confirmation after an action ("Het eerste contact is
 * geregistreerd."). It is a status message and takes focus when it appears,
 * so it is read out and the keyboard continues from the top of the request.
 */
export function RequestConfirmation({ message }: { message: string }) {
  return (
    <FocusBox
      role="status"
      className="mb-6 rounded-md border-4 border-green-800 bg-green-50 p-4 text-lg font-bold text-green-950"
    >
      <span aria-hidden="true">✓ </span>
      {message}
    </FocusBox>
  );
}
