// The outgoing e-mails kept in the outbox (/beheer/outbox), newest first. The
// text of each message opens with its subject (a <details>), so the list stays short.
import type { OutboxRow } from "@/lib/outbox/list-outbox";
import { OUTBOX_STATUS_OPTIONS } from "@/lib/validation/staff-outbox-schema";
import { labelFor } from "@/lib/validation/options";
import { formatMoment } from "./request-format";

const STATUS_TONES: Record<OutboxRow["status"], string> = {
  PENDING: "border-gray-600 bg-white",
  SENT: "border-green-800 bg-green-50 text-green-950",
  FAILED: "border-red-800 bg-red-100 text-red-950",
};

export function OutboxList({ rows }: { rows: readonly OutboxRow[] }) {
  return (
    // A scroll box on a narrow screen: focusable so it scrolls by keyboard, with a role and name to be announced.
    <div
      className="relative overflow-x-auto"
      role="region"
      aria-label="Uitgaande mail, nieuwste eerst"

      tabIndex={0}
    >
      <table className="w-full min-w-[48rem] border-collapse text-left text-base">
        <caption className="sr-only">Uitgaande mail, nieuwste eerst</caption>
        <thead>
          <tr className="border-ink border-b-2">
            <th scope="col" className="py-2 pr-3">
              Aangemaakt
            </th>
            <th scope="col" className="py-2 pr-3">
              Aan
            </th>
            <th scope="col" className="py-2 pr-3">
              Onderwerp en tekst
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-gray-300 align-top">
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
