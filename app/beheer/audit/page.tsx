import type { Metadata } from "next";
import { AdminAuditFilter } from "@/components/staff/admin-audit-filter";
import { AdminAuditTable } from "@/components/staff/admin-audit-table";
import { AdminPagination } from "@/components/staff/admin-pagination";
import { requireStaff } from "@/lib/auth/current-staff";
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFilterOptions } from "@/lib/audit/list-audit-events";
import { parseAuditFilter, type AuditFilterValues } from "@/lib/validation/audit-filter-schema";

export const metadata: Metadata = { title: "Auditlog" };

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff("audit:read");
  const { filter, values, errors } = parseAuditFilter(await searchParams);
  const [result, options] = await Promise.all([
    listAuditEvents(staff.actor, filter),
    listAuditFilterOptions(staff.actor),
  ]);
  const filtered = Boolean(
    values.action || values.entityType || values.actor || filter.from || filter.toExclusive,
  );

  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const key of ["action", "entityType", "actor", "from", "to"] as (keyof AuditFilterValues)[]) {
      if (values[key] && !errors[key]) params.set(key, values[key]);
    }
    if (page > 1) params.set("page", String(page));
    const query = params.toString();
    return query ? `/beheer/audit?${query}` : "/beheer/audit";
  };

  const first = (result.page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = first + result.events.length - 1;
  const caption =
    result.total === 0
      ? "Geen gebeurtenissen gevonden"
      : `${filtered ? "Gevonden" : "Alle gebeurtenissen"}: ${first} tot ${last} van ${result.total}, nieuwste eerst`;

  return (
    <>
      <h1 className="text-3xl font-extrabold">Auditlog</h1>
      <p className="mt-3 max-w-3xl text-lg">
        Wie deed wat, en wanneer: elke wijziging en elke keer dat iemand persoonsgegevens bekeek. Niemand kan
        dit log wijzigen of wissen.
      </p>
      <AdminAuditFilter values={values} errors={errors} options={options} />
      <h2 className="mt-8 text-2xl font-bold">Resultaat</h2>
      {result.total === 0 ? (
        <p className="mt-3 text-lg">Geen gebeurtenissen gevonden{filtered ? " met deze filters" : ""}.</p>
      ) : (
        <>
          <AdminAuditTable events={result.events} caption={caption} />
          <AdminPagination
            page={result.page}
            pageCount={result.pageCount}
            href={pageHref}
            label="Pagina's van het auditlog"
          />
        </>
      )}
    </>
  );
}
