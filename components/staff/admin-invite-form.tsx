"use client";

import { useActionState } from "react";
import { RadioGroup } from "@/components/forms/choice-group";
import { StateErrorSummary } from "@/components/forms/state-error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { roleNeedsSecondFactor, ROLE_LABELS } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { InviteState } from "@/app/beheer/gebruikers/nieuw/invite-state";
import { ROLE_DESCRIPTIONS } from "./admin-role-descriptions";
import { AdminSuccessPanel } from "./admin-success-panel";

const FIELDS = ["name", "email", "role"] as const;

const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as StaffRole[]).map((role) => ({
  value: role,
  label: ROLE_LABELS[role],
  hint: roleNeedsSecondFactor(role)
    ? `${ROLE_DESCRIPTIONS[role]} Meldt zich aan met een code uit een app (tweede stap).`
    : ROLE_DESCRIPTIONS[role],
}));

/** Invite a colleague: name, e-mail, role. After success, the link is shown once. */
export function AdminInviteForm({
  action,
  initialState,
}: {
  action: (s: InviteState, f: FormData) => Promise<InviteState>;
  initialState: InviteState;
}) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <>
      {state.invited ? (
        <AdminSuccessPanel key={state.attempt} title="Uitnodiging verstuurd">
          <p>
            {state.invited.name} ({state.invited.email}) krijgt een e-mail met een link om een wachtwoord te
            kiezen. De link werkt tot {state.invited.expires}.
          </p>
          <p>
            Komt de mail niet aan? Geef deze link dan zelf door, bijvoorbeeld in een chatbericht. Je ziet hem
            maar één keer.
          </p>
          <p className="rounded border bg-white p-3 font-mono text-base break-all">{state.invited.link}</p>
        </AdminSuccessPanel>
      ) : null}
      <form key={state.attempt} action={formAction} noValidate className="max-w-2xl">
        <StateErrorSummary
          title="De uitnodiging is niet verstuurd"
          fieldOrder={FIELDS}
          errors={state.errors}
          message={state.message}
        />
        {state.invited ? <h2 className="mb-6 text-2xl font-bold">Nog iemand uitnodigen</h2> : null}
        <TextField
          name="name"
          label="Naam"
          hint="Voornaam en achternaam, zoals collega's die kennen."
          autoComplete="off"
          defaultValue={state.values.name}
          error={state.errors.name}
        />
        <TextField
          name="email"
          label="E-mailadres"
          hint="Het werkadres. Hiermee meldt de collega zich aan."
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={state.values.email}
          error={state.errors.email}
        />
        <RadioGroup
          name="role"
          legend="Rol"
          hint="Geef alleen wat nodig is voor het werk."
          options={ROLE_OPTIONS}
          defaultValue={state.values.role}
          error={state.errors.role}
        />
        <SubmitButton pendingText="Even geduld, we maken het account…">Uitnodiging versturen</SubmitButton>
      </form>
    </>
  );
}
