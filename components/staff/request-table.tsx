import Link from "next/link";
import type { Channel, HelpRequestStatus, Need } from "@/lib/generated/prisma/enums";
import type { DeadlineView } from "@/lib/sla/deadline-state";
import { CHANNEL_OPTIONS, NEED_OPTIONS, STATUS_OPTIONS, labelFor } from "@/lib/validation/options";
import { DeadlineBadge } from "./deadline-badge";

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

/** Requests as a table: the deadline first, then who, what and where. Scrolls sideways on a narrow screen. */
export function RequestTable({ caption, rows }: { caption: string; rows: RequestTableRow[] }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[48rem] border-collapse text-left text-base">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-ink border-b-2">
            <th scope="col" className="py-2 pr-3">
              Termijn
            </th>
            <th scope="col" className="py-2 pr-3">
              Referentie
            </th>
            <th scope="col" className="py-2 pr-3">
              Voor
            </th>
            <th scope="col" className="py-2 pr-3">
              Wat zou helpen
            </th>
            <th scope="col" className="py-2 pr-3">
              Kanaal
            </th>
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2 pr-3">
              Ontvangen
            </th>
            <th scope="col" className="py-2">
              Opgevolgd door
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-gray-300 align-top">
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
        </tbody>
      </table>
    </div>
  );
}
