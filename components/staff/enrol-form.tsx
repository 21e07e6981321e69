"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { EnrolState } from "@/app/beheer/tweede-factor/actions";

export function EnrolForm({ action }: { action: (s: EnrolState, f: FormData) => Promise<EnrolState> }) {
  const [state, formAction] = useActionState(action, { attempt: 0, error: null });
  return (
    <form key={state.attempt} action={formAction} noValidate className="max-w-xl">
      {state.error ? (
        <ErrorSummary title="De code klopt niet" errors={[{ fieldId: "code", message: state.error }]} />
      ) : null}
      <TextField
        name="code"
        label="Code uit je app"
        hint="6 cijfers"
        inputMode="numeric"
        autoComplete="one-time-code"
        width="short"
        error={state.error ?? undefined}
      />
      <SubmitButton pendingText="Even geduld…">Tweede stap instellen</SubmitButton>
    </form>
  );
}
