"use client";

import { useActionState } from "react";
import Link from "next/link";
import { StateErrorSummary } from "@/components/forms/state-error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import type { PasswordFormState } from "@/lib/staff-users/password-form-state";
import { AdminSuccessPanel } from "./admin-success-panel";
import { NewPasswordFields } from "./new-password-fields";

const FIELDS = ["currentPassword", "password", "passwordConfirm"] as const;

/** "Mijn wachtwoord wijzigen": the current password, then the new one twice. Works without JavaScript. */
export function ChangePasswordForm({
  action,
  initialState,
  email,
}: {
  action: (s: PasswordFormState, f: FormData) => Promise<PasswordFormState>;
  initialState: PasswordFormState;
  email: string;
}) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <>
      <h1 className="text-3xl font-extrabold">Mijn wachtwoord wijzigen</h1>
      {state.done ? (
        <div className="mt-6">
          <AdminSuccessPanel title="Je wachtwoord is gewijzigd">
            <p>
              Gebruik voortaan je nieuwe wachtwoord. Was je nog aangemeld op een andere computer of telefoon?
              Daar ben je nu afgemeld.
            </p>
            <p>
              <Link href="/beheer" className="text-brand-700 font-bold underline underline-offset-4">
                Terug naar het beheer
              </Link>
            </p>
          </AdminSuccessPanel>
        </div>
      ) : (
        <>
          <p className="mt-3 max-w-2xl text-lg">
            Typ eerst je huidige wachtwoord. Na de wijziging word je afgemeld op je andere toestellen; hier
            blijf je aangemeld.
          </p>
          <form key={state.attempt} action={formAction} noValidate className="mt-6 max-w-xl">
            <StateErrorSummary
              title="Je wachtwoord is nog niet gewijzigd"
              fieldOrder={FIELDS}
              errors={state.errors}
              message={state.message}
            />
            {/* For password managers: the account this password belongs to. */}
            <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
            <TextField
              name="currentPassword"
              label="Huidig wachtwoord"
              type="password"
              autoComplete="current-password"
              width="medium"
              error={state.errors.currentPassword}
            />
            <NewPasswordFields errors={state.errors} confirmLabel="Typ je nieuwe wachtwoord nog eens" />
            <SubmitButton pendingText="Even geduld, we bewaren je wachtwoord…">
              Wachtwoord wijzigen
            </SubmitButton>
          </form>
        </>
      )}
    </>
  );
}
