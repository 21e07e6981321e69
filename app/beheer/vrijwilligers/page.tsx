import type { Metadata } from "next";
import {
  VIEW_TABS,
  VolunteerFilters,
  VolunteerTable,
  VolunteerTabs,
} from "@/components/staff/volunteers/volunteer-list";
import { requireStaff } from "@/lib/auth/current-staff";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { listVolunteersSchema } from "@/lib/validation/staff-volunteer-schemas";
import { listVolunteers, VOLUNTEER_PAGE_SIZE } from "@/lib/volunteers/list-volunteers";

export const metadata: Metadata = { title: "Vrijwilligers" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The volunteers: everyone, or who is overloaded, idle or waiting for an intake. */
export default async function VolunteersPage({ searchParams }: Props) {
  const staff = await requireStaff("volunteer:read");
  const filter = listVolunteersSchema.parse(await searchParams);
  const [list, neighbourhoods] = await Promise.all([
    listVolunteers(staff.actor, filter),
    listNeighbourhoods(),
  ]);
  const tab = VIEW_TABS.find((t) => t.view === filter.view) ?? VIEW_TABS[0]!;
  return (
    <>
      <h1 className="text-3xl font-extrabold">Vrijwilligers</h1>
      <VolunteerTabs current={filter.view} />
      <h2 className="mt-6 text-2xl font-bold">{tab.caption}</h2>
      <VolunteerFilters
        filter={filter}
        neighbourhoods={neighbourhoods.map((n) => ({ value: n.slug, label: n.name }))}
      />
      <p className="mt-6 text-lg" role="status">
        {list.total === 1 ? "1 vrijwilliger" : `${list.total} vrijwilligers`}
        {list.total > VOLUNTEER_PAGE_SIZE ? ` · de eerste ${VOLUNTEER_PAGE_SIZE}; gebruik de filters` : ""}
      </p>
      {list.total > 0 ? (
        <VolunteerTable caption={tab.caption} rows={list.rows} view={filter.view} />
      ) : (
        <p className="mt-2">Geen vrijwilligers in deze lijst.</p>
      )}
    </>
  );
}
