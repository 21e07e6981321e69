"use client";

import { useActionState } from "react";
import { StateErrorSummary } from "@/components/forms/state-error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextLink } from "@/components/ui/text-link";
import type { SignInState } from "@/lib/volunteer-portal/portal-form-state";

/**
 * Sign-in without a password, in two steps on one page: the e-mail address,
 * then the code from the mail. A plain form posting to a server action, so it
 * works without JavaScript.
 */
export function SignInForm({
  action,
  initialState,
}: {
  action: (s: SignInState, f: FormData) => Promise<SignInState>;
  initialState: SignInState;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const onCode = state.step === "code";
  return (
    <form key={state.attempt} action={formAction} noValidate className="max-w-xl">
      <StateErrorSummary
        title="Aanmelden lukte niet"
        fieldOrder={["email", "code"]}
        errors={state.errors}
        message={state.message}
      />
      <input type="hidden" name="step" value={state.step} />
      {onCode ? (
        <>
          <div role="status" className="border-brand-700 bg-brand-50 mb-8 rounded-md border-l-8 p-5 text-lg">
            <p className="font-bold">{state.notice ?? "We stuurden je een mail met een code."}</p>
            <p className="mt-2">
              Typ de code van 6 cijfers hieronder. Of klik op de link in de mail. Ze werken 10 minuten.
            </p>
          </div>
          <input type="hidden" name="email" value={state.values.email ?? ""} />
          <TextField
            name="code"
            label="Code uit de mail"
            hint="6 cijfers, bijvoorbeeld 123456."
            inputMode="numeric"
            autoComplete="one-time-code"
            width="small"
            error={state.errors.code}
          />
          <SubmitButton pendingText="Even geduld, we kijken de code na…">Aanmelden</SubmitButton>
          <p className="mt-2 text-lg">
            Geen mail gekregen? Kijk ook bij ongewenste mail.{" "}
            <TextLink href="/vrijwilliger/aanmelden" className="inline-flex min-h-11 items-center">
              Opnieuw een code vragen
            </TextLink>
          </p>
        </>
      ) : (
        <>
          <TextField
            name="email"
            label="Je e-mailadres"
            hint="Het adres dat je gaf toen je je aanmeldde als zorgzame buur."
            type="email"
            autoComplete="email"
            defaultValue={state.values.email}
            error={state.errors.email}
            spellCheck={false}
          />
          <SubmitButton pendingText="Even geduld, we sturen een code…">Stuur mij een code</SubmitButton>
        </>
      )}
    </form>
  );
}
