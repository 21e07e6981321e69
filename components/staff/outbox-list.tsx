// The outgoing e-mails kept in the outbox (/beheer/outbox), newest first. The
// text of each message opens with its subject (a <details>), so the list stays short.
// Secrets come masked from listOutbox ("[verborgen: inlogcode]"); on the demo
// database an ADMIN gets a button to reveal one (OutboxRevealForm).
import type { OutboxRow } from "@/lib/outbox/list-outbox";
import { OUTBOX_STATUS_OPTIONS } from "@/lib/validation/staff-outbox-schema";
import { labelFor } from "@/lib/validation/options";
import { OutboxRevealForm } from "./outbox-reveal-form";
import { formatMoment } from "./request-format";
import { ListTable, listRowClass } from "./table-region";

const STATUS_TONES: Record<OutboxRow["status"], string> = {
  PENDING: "border-gray-600 bg-white",
  SENT: "border-green-800 bg-green-50 text-green-950",
  FAILED: "border-red-800 bg-red-100 text-red-950",
};

const COLUMNS = ["Aangemaakt", "Aan", "Onderwerp en tekst", "Status"];

type RevealAction = Parameters<typeof OutboxRevealForm>[0]["action"];

export function OutboxList({
  rows,
  revealAction,
}: {
  rows: readonly OutboxRow[];
  revealAction: RevealAction;
}) {
  return (
    <ListTable caption="Uitgaande mail, nieuwste eerst" columns={COLUMNS}>
      {rows.map((row) => (
        <tr key={row.id} className={listRowClass}>
          <td className="py-2 pr-3 whitespace-nowrap">
            <time dateTime={row.createdAt.toISOString()}>{formatMoment(row.createdAt)}</time>
          </td>
          <td className="py-2 pr-3 break-all">{row.to}</td>
          <td className="py-2 pr-3">
            <details>
              <summary className="text-brand-700 flex min-h-11 cursor-pointer items-center font-bold underline underline-offset-4">
                {row.subject}
              </summary>
              <pre className="mt-2 max-w-2xl rounded border border-gray-300 bg-gray-50 p-3 font-sans text-base whitespace-pre-wrap">
                {row.textBody}
              </pre>
            </details>
            {row.canRevealSecret ? (
              <OutboxRevealForm messageId={row.id} subject={row.subject} action={revealAction} />
            ) : null}
          </td>
          <td className="py-2">
            <span
              className={`inline-block rounded border-2 px-2 py-0.5 text-sm font-bold ${STATUS_TONES[row.status]}`}
            >
              {labelFor(OUTBOX_STATUS_OPTIONS, row.status) ?? row.status}
            </span>
            {row.sentAt ? (
              <span className="block text-sm">
                <time dateTime={row.sentAt.toISOString()}>{formatMoment(row.sentAt)}</time>
              </span>
            ) : null}
            {row.status !== "SENT" && row.attempts > 0 ? (
              <span className="block text-sm">
                {row.attempts === 1 ? "1 poging" : `${row.attempts} pogingen`}
                {row.lastError ? `: ${row.lastError}` : ""}
              </span>
            ) : null}
            {row.status === "PENDING" && row.nextAttemptAt ? (
              <span className="block text-sm">
                Volgende poging:{" "}
                <time dateTime={row.nextAttemptAt.toISOString()}>{formatMoment(row.nextAttemptAt)}</time>
              </span>
            ) : null}
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
