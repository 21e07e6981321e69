import { auditActionLabel, auditEntityLabel } from "@/lib/audit/audit-labels";
import type { AuditEventRow } from "@/lib/audit/list-audit-events";
import { formatStaffDateTime } from "./admin-format";
import { SETTING_LABELS } from "./admin-setting-labels";
import { ColumnHeads, TableRegion, tdClass, thClass } from "./table-region";

function show(value: unknown): string {
  if (value === null || value === undefined) return "leeg";
  if (typeof value === "boolean") return value ? "ja" : "nee";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The details of an event as short lines: "Rol: van EDITOR naar REPORTER". */
export function auditDetails(data: unknown): string[] {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data == null ? [] : [show(data)];
  const lines: string[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === "changes" && value && typeof value === "object") {
      for (const [setting, change] of Object.entries(
        value as Record<string, { from?: unknown; to?: unknown }>,
      )) {
        const label = SETTING_LABELS[setting as keyof typeof SETTING_LABELS] ?? setting;
        lines.push(`${label}: van ${show(change?.from)} naar ${show(change?.to)}`);
      }
    } else if (key === "from" || key === "to") {
      continue;
    } else {
      lines.push(`${key}: ${show(value)}`);
    }
  }
  const record = data as Record<string, unknown>;
  if ("from" in record || "to" in record) lines.unshift(`van ${show(record.from)} naar ${show(record.to)}`);
  return lines;
}

function Who({ event }: { event: AuditEventRow }) {
  if (event.actorName) return <>{event.actorName}</>;
  if (event.actorLabel) return <>{event.actorLabel}</>;
  return <span className="text-muted">onbekend</span>;
}

const COLUMNS = ["Wanneer", "Wat", "Door", "Waarover", "Details"];

/** One page of the audit log, newest first. */
export function AdminAuditTable({ events, caption }: { events: AuditEventRow[]; caption: string }) {
  return (
    <TableRegion label="Auditlog (tabel, scrollt opzij)" className="mt-4">
      <table className="w-full min-w-[56rem] border-collapse text-base">
        <caption className="mb-2 text-left text-lg">{caption}</caption>
        <thead>
          <tr>
            <ColumnHeads columns={COLUMNS} cellClass={() => thClass} />
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const label = auditActionLabel(event.action);
            const details = auditDetails(event.data);
            return (
              <tr key={event.id}>
                <th scope="row" className={`${tdClass} text-left font-normal whitespace-nowrap`}>
                  <time dateTime={event.occurredAt.toISOString()}>
                    {formatStaffDateTime(event.occurredAt)}
                  </time>
                </th>
                <td className={tdClass}>
                  {label ?? null}
                  {label ? <br /> : null}
                  <code className="text-muted text-sm">{event.action}</code>
                </td>
                <td className={tdClass}>
                  <Who event={event} />
                </td>
                <td className={tdClass}>
                  {auditEntityLabel(event.entityType)}
                  {event.entityName ? `: ${event.entityName}` : null}
                  {event.entityId ? (
                    <>
                      <br />
                      <code className="text-muted text-sm break-all">{event.entityId}</code>
                    </>
                  ) : null}
                </td>
                <td className={`${tdClass} break-words`}>
                  {details.length ? (
                    <ul className="space-y-1">
                      {details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
