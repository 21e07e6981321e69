"use client";

import { useActionState } from "react";
import { StateErrorSummary } from "@/components/forms/state-error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { LoginState } from "@/app/(public)/login/login-state";

const FIELDS = ["email", "password", "code"] as const;

/** Staff sign-in: a plain form posting to a server action, so it works without JavaScript. */
export function LoginForm({
  action,
  initialState,
}: {
  action: (s: LoginState, f: FormData) => Promise<LoginState>;
  initialState: LoginState;
}) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <form key={state.attempt} action={formAction} noValidate className="max-w-xl">
      <StateErrorSummary
        title="Aanmelden lukte niet"
        fieldOrder={FIELDS}
        errors={state.errors}
        message={state.message}
      />
      <TextField
        name="email"
        label="E-mailadres"
        type="email"
        autoComplete="username"
        defaultValue={state.email}
        error={state.errors.email}
        spellCheck={false}
      />
      <TextField
        name="password"
        label="Wachtwoord"
        type="password"
        autoComplete="current-password"
        width="medium"
        error={state.errors.password}
      />
      <TextField
        name="code"
        label="Code uit je app"
        hint="De 6 cijfers uit je authenticator-app. Heb je die stap nog niet ingesteld? Laat dit veld dan leeg."
        optional
        inputMode="numeric"
        autoComplete="one-time-code"
        width="short"
        error={state.errors.code}
      />
      <SubmitButton pendingText="Even geduld, we melden je aan…">Aanmelden</SubmitButton>
    </form>
  );
}
