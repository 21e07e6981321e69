"use client";

import { useActionState } from "react";
import { initialRevealSecretState, type RevealSecretState } from "@/app/beheer/outbox/action-state";

type RevealAction = (state: RevealSecretState, formData: FormData) => Promise<RevealSecretState>;

/**
 * "Toon geheim (alleen demo)": shown only to an ADMIN on the demo database,
 * for a message whose secret has not expired. The secret appears only in the
 * answer to this post (no JavaScript needed), never in the page itself.
 */
export function OutboxRevealForm({
  messageId,
  subject,
  action,
}: {
  messageId: string;
  subject: string;
  action: RevealAction;
}) {
  const [state, formAction] = useActionState(action, initialRevealSecretState);
  return (
    <div className="mt-2">
      <form action={formAction}>
        <input type="hidden" name="messageId" value={messageId} />
        <button
          type="submit"
          className="border-brand-700 text-brand-700 hover:bg-brand-50 min-h-11 rounded-md border-2 bg-white px-3 py-1 font-bold"
        >
          Toon geheim (alleen demo)<span className="sr-only">: {subject}</span>
        </button>
      </form>
      <div role="status" className="mt-1">
        {state.message ? (
          <p className={state.ok ? "font-bold" : "text-accent-700 font-bold"}>
            {state.ok ? null : "Fout: "}
            {state.message}
          </p>
        ) : null}
        {state.secrets.length ? (
          <dl className="mt-1">
            {state.secrets.map((secret) => (
              <div key={secret.label} className="flex flex-wrap gap-x-2">
                <dt className="font-bold">{secret.label}:</dt>
                <dd>
                  <code className="font-mono text-base break-all">{secret.value}</code>
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    </div>
  );
}
