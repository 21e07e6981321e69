"use client";

import { useActionState } from "react";
import Link from "next/link";
import { StateErrorSummary } from "@/components/forms/state-error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { PageHeader } from "@/components/public/page-header";
import { AdminSuccessPanel } from "./admin-success-panel";
import { NewPasswordFields } from "./new-password-fields";
import type { AcceptInvitationState } from "@/app/(public)/login/uitnodiging/[token]/accept-state";

const FIELDS = ["password", "passwordConfirm"] as const;

export type InvitationView =
  | { ok: true; name: string; email: string; expires: string; needsSecondFactor: boolean }
  | { ok: false; message: string };

/** The words of the two ways to a new password: an invitation, and a reset link from an admin. */
const COPY = {
  invitation: {
    title: "Kies je wachtwoord",
    lead: (name: string) =>
      `Welkom, ${name}. Je krijgt een account voor het beheer van Tezamen. Kies een wachtwoord om je aan te melden.`,
    notYet: "Je wachtwoord is nog niet ingesteld",
    button: "Wachtwoord instellen",
  },
  reset: {
    title: "Kies een nieuw wachtwoord",
    lead: (name: string) =>
      `Dag ${name}. Een beheerder vroeg een nieuw wachtwoord voor je aan. Kies het hier; daarna meld je je aan zoals altijd.`,
    notYet: "Je nieuwe wachtwoord is nog niet ingesteld",
    button: "Nieuw wachtwoord instellen",
  },
} as const;

const loginLinkClass =
  "bg-brand-700 hover:bg-brand-900 inline-flex min-h-12 items-center rounded-md px-6 text-lg font-bold text-white";

/**
 * A new colleague chooses a password with the link from the invitation, or a
 * colleague a new one with the reset link an admin sent (`variant="reset"`):
 * a plain form, works without JavaScript. Also says why a link doesn't work
 * (used, expired, unknown).
 */
export function AdminAcceptInvitationForm({
  action,
  initialState,
  token,
  invitation,
  variant = "invitation",
}: {
  action: (s: AcceptInvitationState, f: FormData) => Promise<AcceptInvitationState>;
  initialState: AcceptInvitationState;
  token: string;
  invitation: InvitationView;
  variant?: keyof typeof COPY;
}) {
  const copy = COPY[variant];
  const [state, formAction] = useActionState(action, initialState);
  if (state.done) {
    return (
      <>
        <PageHeader title="Je wachtwoord is ingesteld" />
        <AdminSuccessPanel title="Meld je nu aan">
          <p>
            Gebruik je e-mailadres en je nieuwe wachtwoord.
            {state.needsSecondFactor
              ? " Daarna stel je de tweede stap in: een app op je telefoon die codes geeft. Hou je telefoon bij de hand."
              : ""}
          </p>
          <p>
            <Link href="/login" className={loginLinkClass}>
              Naar aanmelden
            </Link>
          </p>
        </AdminSuccessPanel>
      </>
    );
  }
  if (!invitation.ok) {
    return (
      <>
        <PageHeader title="Deze link werkt niet" lead={invitation.message} />
        <p>
          <Link href="/login" className={loginLinkClass}>
            Naar aanmelden
          </Link>
        </p>
      </>
    );
  }
  const { email, expires, name } = invitation;
  return (
    <>
      <PageHeader title={copy.title} lead={copy.lead(name)} />
      <form key={state.attempt} action={formAction} noValidate className="max-w-xl">
        <StateErrorSummary
          title={copy.notYet}
          fieldOrder={FIELDS}
          errors={state.errors}
          message={state.message}
        />
        <input type="hidden" name="token" value={token} />
        {/* For password managers: the account this password belongs to. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <p className="mb-6 text-lg">
          Je e-mailadres: <strong className="break-all">{email}</strong>
          <br />
          Deze link werkt tot {expires}.
        </p>
        <NewPasswordFields errors={state.errors} confirmLabel="Typ je wachtwoord nog eens" />
        <SubmitButton pendingText="Even geduld, we bewaren je wachtwoord…">{copy.button}</SubmitButton>
      </form>
    </>
  );
}
