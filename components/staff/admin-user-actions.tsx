"use client";

import { useActionState } from "react";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { initialRowActionState, type RowActionState } from "@/app/beheer/gebruikers/action-state";

type RowAction = (state: RowActionState, formData: FormData) => Promise<RowActionState>;

export interface AdminUserActionsProps {
  user: {
    id: string;
    name: string;
    role: StaffRole;
    isActive: boolean;
    hasSecondFactor: boolean;
    invitationPending: boolean;
  };
  actions: {
    changeRole: RowAction;
    setActive: RowAction;
    resetSecondFactor: RowAction;
    resendInvitation: RowAction;
    sendPasswordReset: RowAction;
  };
}

const buttonClass =
  "min-h-11 rounded-md border-2 border-brand-700 bg-white px-3 py-1 font-bold text-brand-700 hover:bg-brand-50";
const dangerButtonClass =
  "min-h-11 rounded-md border-2 border-accent-700 bg-white px-3 py-1 font-bold text-accent-700 hover:bg-red-50";

/** What happened after a form was sent: spoken by screen readers, never colour alone. */
function Outcome({ state }: { state: RowActionState }) {
  return (
    <div role="status" className="mt-2">
      {state.message ? (
        <p className={state.ok ? "font-bold" : "text-accent-700 font-bold"}>
          {state.ok ? "Gelukt: " : "Fout: "}
          {state.message}
        </p>
      ) : null}
      {state.link ? (
        <p className="mt-1">
          Komt de mail niet aan? Geef deze link dan zelf door:{" "}
          <code className="font-mono text-sm break-all">{state.link}</code>
        </p>
      ) : null}
    </div>
  );
}

function ConfirmCheckbox({ id, name }: { id: string; name: string }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} name="confirm" type="checkbox" value="yes" className="accent-brand-700 h-6 w-6" />
      <label htmlFor={id} className="min-h-11 py-2">
        Ik weet het zeker<span className="sr-only"> ({name})</span>
      </label>
    </div>
  );
}

/**
 * The changes an admin can make to one account, folded away in the row of the
 * users table. Each is a small form posting to a server action, so it works
 * without JavaScript; the destructive ones need "Ik weet het zeker" ticked.
 */
export function AdminUserActions({ user, actions }: AdminUserActionsProps) {
  const [roleState, roleAction] = useActionState(actions.changeRole, initialRowActionState);
  const [activeState, activeAction] = useActionState(actions.setActive, initialRowActionState);
  const [factorState, factorAction] = useActionState(actions.resetSecondFactor, initialRowActionState);
  const [inviteState, inviteAction] = useActionState(actions.resendInvitation, initialRowActionState);
  const [resetState, resetAction] = useActionState(actions.sendPasswordReset, initialRowActionState);
  const answered = [roleState, activeState, factorState, inviteState, resetState].some((s) => s.message);
  const canReset = user.isActive && !user.invitationPending;
  const id = (part: string) => `${part}-${user.id}`;

  return (
    <details open={answered || undefined} className="w-64">
      <summary className="text-brand-700 min-h-11 cursor-pointer py-2 font-bold underline underline-offset-4">
        Wijzigen<span className="sr-only"> voor {user.name}</span>
      </summary>
      <div className="space-y-5 pt-2 pb-3">
        <div>
          <form key={`role-${roleState.attempt}`} action={roleAction}>
            <input type="hidden" name="userId" value={user.id} />
            <label htmlFor={id("role")} className="block font-bold">
              Rol<span className="sr-only"> van {user.name}</span>
            </label>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <select
                id={id("role")}
                name="role"
                defaultValue={user.role}
                className="border-ink min-h-11 w-full rounded-md border-2 bg-white px-2 py-1"
              >
                {Object.entries(ROLE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
              <button type="submit" className={buttonClass}>
                Rol wijzigen<span className="sr-only"> van {user.name}</span>
              </button>
            </div>
          </form>
          <Outcome state={roleState} />
        </div>

        <div>
          <form key={`active-${activeState.attempt}`} action={activeAction}>
            <input type="hidden" name="userId" value={user.id} />
            {user.isActive ? (
              <>
                <input type="hidden" name="intent" value="deactivate" />
                <p className="font-bold">Account uitschakelen</p>
                <p className="text-muted text-base">
                  {user.name} wordt meteen afgemeld en kan zich niet meer aanmelden.
                </p>
                <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
                  <ConfirmCheckbox id={id("confirm-deactivate")} name={`${user.name} uitschakelen`} />
                  <button type="submit" className={dangerButtonClass}>
                    Uitschakelen<span className="sr-only"> {user.name}</span>
                  </button>
                </div>
              </>
            ) : (
              <>
                <input type="hidden" name="intent" value="reactivate" />
                <button type="submit" className={buttonClass}>
                  Weer inschakelen<span className="sr-only"> {user.name}</span>
                </button>
              </>
            )}
          </form>
          <Outcome state={activeState} />
        </div>

        {user.hasSecondFactor || factorState.message ? (
          <div>
            <form key={`factor-${factorState.attempt}`} action={factorAction}>
              <input type="hidden" name="userId" value={user.id} />
              {user.hasSecondFactor ? (
                <>
                  <p className="font-bold">Tweede stap wissen</p>
                  <p className="text-muted text-base">
                    Voor wie de app of de telefoon kwijt is. {user.name} wordt afgemeld en stelt de app
                    opnieuw in bij de volgende aanmelding.
                  </p>
                  <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
                    <ConfirmCheckbox id={id("confirm-factor")} name={`tweede stap van ${user.name} wissen`} />
                    <button type="submit" className={dangerButtonClass}>
                      Tweede stap wissen<span className="sr-only"> van {user.name}</span>
                    </button>
                  </div>
                </>
              ) : null}
            </form>
            <Outcome state={factorState} />
          </div>
        ) : null}

        {canReset || resetState.message ? (
          <div>
            <form key={`reset-${resetState.attempt}`} action={resetAction}>
              <input type="hidden" name="userId" value={user.id} />
              {canReset ? (
                <>
                  <p className="font-bold">Nieuw wachtwoord sturen</p>
                  <p className="text-muted text-base">
                    Voor wie het wachtwoord vergat. {user.name} wordt afgemeld en krijgt een mail met een link
                    die één uur werkt.
                  </p>
                  <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1">
                    <ConfirmCheckbox
                      id={id("confirm-reset")}
                      name={`nieuw wachtwoord sturen naar ${user.name}`}
                    />
                    <button type="submit" className={dangerButtonClass}>
                      Link sturen<span className="sr-only"> voor een nieuw wachtwoord naar {user.name}</span>
                    </button>
                  </div>
                </>
              ) : null}
            </form>
            <Outcome state={resetState} />
          </div>
        ) : null}

        {user.invitationPending || inviteState.message ? (
          <div>
            <form key={`invite-${inviteState.attempt}`} action={inviteAction}>
              <input type="hidden" name="userId" value={user.id} />
              {user.invitationPending ? (
                <>
                  <p className="text-muted text-base">
                    {user.name} koos nog geen wachtwoord. Een nieuwe uitnodiging maakt de vorige link
                    ongeldig.
                  </p>
                  <button type="submit" className={`${buttonClass} mt-1`}>
                    Uitnodiging opnieuw sturen<span className="sr-only"> naar {user.name}</span>
                  </button>
                </>
              ) : null}
            </form>
            <Outcome state={inviteState} />
          </div>
        ) : null}
      </div>
    </details>
  );
}
