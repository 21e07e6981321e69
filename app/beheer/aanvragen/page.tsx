import type { Metadata } from "next";
import Link from "next/link";
import { QueueFilters } from "@/components/staff/queue-filters";
import { RequestTable } from "@/components/staff/request-table";
import { requireStaff } from "@/lib/auth/current-staff";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { listAssignableStaff } from "@/lib/help-requests/list-assignable-staff";
import { listQueue } from "@/lib/help-requests/list-queue";

export const metadata: Metadata = { title: "Aanvragen" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The queue: every request from every channel, closest deadline first. */
export default async function QueuePage({ searchParams }: Props) {
  const staff = await requireStaff("request:read");
  const params = await searchParams;
  const [queue, neighbourhoods, assignable] = await Promise.all([
    listQueue(staff.actor, params),
    listNeighbourhoods(),
    listAssignableStaff(staff.actor),
  ]);
  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params))
      if (typeof value === "string" && key !== "page") query.set(key, value);
    query.set("page", String(page));
    return `/beheer/aanvragen?${query.toString()}`;
  };
  return (
    <>
      <h1 className="text-3xl font-extrabold">Aanvragen</h1>
      <QueueFilters
        filter={queue.filter}
        neighbourhoods={neighbourhoods.map((n) => ({ value: n.id, label: n.name }))}
        staff={assignable.map((s) => ({ value: s.id, label: s.name }))}
      />
      <p className="mt-6 text-lg" role="status">
        {queue.total === 1 ? "1 aanvraag" : `${queue.total} aanvragen`}
        {queue.pageCount > 1 ? ` · pagina ${queue.page} van ${queue.pageCount}` : ""}
      </p>
      {queue.total > 0 ? (
        <RequestTable caption="Aanvragen, dichtste termijn eerst" rows={queue.rows} />
      ) : (
        <p className="mt-2">Geen aanvragen met deze filters.</p>
      )}
      {queue.pageCount > 1 ? (
        <nav aria-label="Paginering" className="mt-4 flex gap-4">
          {queue.page > 1 ? (
            <Link
              href={pageLink(queue.page - 1)}
              className="text-brand-700 inline-flex min-h-11 items-center font-bold underline"
            >
              Vorige pagina
            </Link>
          ) : null}
          {queue.page < queue.pageCount ? (
            <Link
              href={pageLink(queue.page + 1)}
              className="text-brand-700 inline-flex min-h-11 items-center font-bold underline"
            >
              Volgende pagina
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
