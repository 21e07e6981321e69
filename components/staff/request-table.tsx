import Link from "next/link";
import type { Channel, HelpRequestStatus, Need } from "@/lib/generated/prisma/enums";
import type { DeadlineView } from "@/lib/sla/deadline-state";
import { CHANNEL_OPTIONS, NEED_OPTIONS, STATUS_OPTIONS, labelFor } from "@/lib/validation/options";
import { DeadlineBadge } from "./deadline-badge";
import { ListTable, listRowClass } from "./table-region";

export interface RequestTableRow {
  id: string;
  reference: string;
  status: HelpRequestStatus;
  channel: Channel;
  needs: Need[];
  receivedAt: Date;
  person: { firstName: string; lastName?: string | null };
  neighbourhood?: { name: string } | null;
  assignee: { name: string } | null;
  deadline: DeadlineView;
}

const dateTime = new Intl.DateTimeFormat("nl-BE", {
  timeZone: "Europe/Brussels",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

const COLUMNS = [
  "Termijn",
  "Referentie",
  "Voor",
  "Wat zou helpen",
  "Kanaal",
  "Status",
  "Ontvangen",
  "Opgevolgd door",
];

/** Requests as a table: the deadline first, then who, what and where. Scrolls sideways on a narrow screen. */
export function RequestTable({ caption, rows }: { caption: string; rows: RequestTableRow[] }) {
  return (
    <ListTable caption={caption} columns={COLUMNS}>
      {rows.map((r) => (
        <tr key={r.id} className={listRowClass}>
          <td className="py-2 pr-3">
            <DeadlineBadge deadline={r.deadline} />
          </td>
          <td className="py-2 pr-3 font-mono">
            <Link href={`/beheer/aanvragen/${r.id}`} className="text-brand-700 font-bold underline">
              {r.reference}
            </Link>
          </td>
          <td className="py-2 pr-3">
            {r.person.firstName} {r.person.lastName ?? ""}
            {r.neighbourhood ? <span className="block text-sm">{r.neighbourhood.name}</span> : null}
          </td>
          <td className="py-2 pr-3">{r.needs.map((n) => labelFor(NEED_OPTIONS, n)).join(", ")}</td>
          <td className="py-2 pr-3">{labelFor(CHANNEL_OPTIONS, r.channel)}</td>
          <td className="py-2 pr-3">{labelFor(STATUS_OPTIONS, r.status)}</td>
          <td className="py-2 pr-3 whitespace-nowrap">{dateTime.format(r.receivedAt)}</td>
          <td className="py-2">{r.assignee?.name ?? "Niemand"}</td>
        </tr>
      ))}
    </ListTable>
  );
}
