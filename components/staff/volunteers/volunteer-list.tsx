// The coordinator's volunteer list: four views as tabs (plain links, so each
// view is a bookmarkable address), a GET filter form and the table.
import Link from "next/link";
import { SelectOptions } from "@/components/forms/select-field";
import { formatBelgianPhone } from "@/lib/phone/normalize-phone";
import { labelFor, VOLUNTEER_ACTIVITY_OPTIONS } from "@/lib/validation/options";
import type { VolunteerView } from "@/lib/validation/staff-volunteer-schemas";
import type { VolunteerRow } from "@/lib/volunteers/list-volunteers";
import { VOLUNTEER_STATUS_LABELS, VOLUNTEER_STATUSES } from "@/lib/volunteers/lifecycle";
import { formatDay } from "../request-format";
import { ListTable, listRowClass } from "../table-region";
import { describeLoad, languageNames } from "./volunteer-format";

export const VIEW_TABS: readonly { view: VolunteerView; label: string; caption: string }[] = [
  { view: "alle", label: "Alle", caption: "Alle vrijwilligers, op naam" },
  {
    view: "overbelast",
    label: "Overbelast",
    caption: "Vrijwilligers met het maximum aan koppelingen of meer",
  },
  {
    view: "zonder-koppeling",
    label: "Zonder koppeling",
    caption: "Actieve vrijwilligers zonder koppeling, langst wachtend eerst",
  },
  {
    view: "wachtend",
    label: "Wachten op intake",
    caption: "Aangemeld, intake of screening: langst wachtend eerst",
  },
];

export interface VolunteerFilterValues {
  view: VolunteerView;
  status: string;
  neighbourhood: string;
  activity: string;
  q: string;
}

export function VolunteerTabs({ current }: { current: VolunteerView }) {
  return (
    <nav aria-label="Weergaven" className="mt-4">
      <ul className="flex flex-wrap gap-2">
        {VIEW_TABS.map((tab) => (
          <li key={tab.view}>
            <Link
              href={tab.view === "alle" ? "/beheer/vrijwilligers" : `/beheer/vrijwilligers?view=${tab.view}`}
              aria-current={tab.view === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded border-2 px-4 font-bold ${
                tab.view === current
                  ? "bg-brand-700 border-brand-700 text-white"
                  : "border-brand-700 text-brand-700"
              }`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function FilterSelect(props: {
  name: string;
  label: string;
  choices: readonly { value: string; label: string }[];
  value: string;
}) {
  return (
    <div>
      <label htmlFor={`vf-${props.name}`} className="block font-bold">
        {props.label}
      </label>
      <select
        id={`vf-${props.name}`}
        name={props.name}
        defaultValue={props.value}
        className="border-ink mt-1 min-h-11 w-full rounded border-2 bg-white px-2"
      >
        <option value="">Alle</option>
        <SelectOptions options={props.choices} />
      </select>
    </div>
  );
}

export function VolunteerFilters({
  filter,
  neighbourhoods,
}: {
  filter: VolunteerFilterValues;
  neighbourhoods: { value: string; label: string }[];
}) {
  const statuses = VOLUNTEER_STATUSES.map((s) => ({ value: s, label: VOLUNTEER_STATUS_LABELS[s] }));
  return (
    <form method="get" action="/beheer/vrijwilligers" className="mt-4 rounded border-2 border-gray-300 p-4">
      <input type="hidden" name="view" value={filter.view} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="vf-q" className="block font-bold">
            Zoeken
          </label>
          <p id="vf-q-hint" className="text-sm">
            Naam of telefoonnummer
          </p>
          <input
            id="vf-q"
            name="q"
            type="search"
            defaultValue={filter.q}
            aria-describedby="vf-q-hint"
            className="border-ink mt-1 min-h-11 w-full rounded border-2 px-2"
          />
        </div>
        <FilterSelect name="status" label="Status" choices={statuses} value={filter.status} />
        <FilterSelect
          name="neighbourhood"
          label="Wijk"
          choices={neighbourhoods}
          value={filter.neighbourhood}
        />
        <FilterSelect
          name="activity"
          label="Activiteit"
          choices={VOLUNTEER_ACTIVITY_OPTIONS}
          value={filter.activity}
        />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className="bg-brand-700 min-h-11 rounded px-5 font-bold text-white">
          Toon vrijwilligers
        </button>
        <Link
          href="/beheer/vrijwilligers"
          className="text-brand-700 inline-flex min-h-11 items-center underline"
        >
          Filters wissen
        </Link>
      </div>
    </form>
  );
}

const COLUMNS = ["Naam", "Status", "Wijk", "Wil doen", "Talen", "Koppelingen", "Sinds"];

/** What the "Sinds" column means in each view. */
function since(row: VolunteerRow, view: VolunteerView): string {
  if (view === "zonder-koppeling") {
    return row.lastLinkedAt ? `Laatste koppeling ${formatDay(row.lastLinkedAt)}` : "Nog nooit gekoppeld";
  }
  if (row.status === "INTAKE_PLANNED" && row.intakeAt) return `Intake ${formatDay(row.intakeAt)}`;
  return `Aangemeld ${formatDay(row.createdAt)}`;
}

export function VolunteerTable({
  caption,
  rows,
  view,
}: {
  caption: string;
  rows: VolunteerRow[];
  view: VolunteerView;
}) {
  return (
    <ListTable caption={caption} columns={COLUMNS}>
      {rows.map((r) => (
        <tr key={r.id} className={listRowClass}>
          <td className="py-2 pr-3">
            <Link href={`/beheer/vrijwilligers/${r.id}`} className="text-brand-700 font-bold underline">
              {r.firstName} {r.lastName}
            </Link>
            {r.phoneE164 ? <span className="block text-sm">{formatBelgianPhone(r.phoneE164)}</span> : null}
          </td>
          <td className="py-2 pr-3">
            {VOLUNTEER_STATUS_LABELS[r.status]}
            {r.pauseRequestedAt ? <span className="block text-sm font-bold">Vraagt een pauze</span> : null}
          </td>
          <td className="py-2 pr-3">{r.neighbourhood?.name ?? "Onbekend"}</td>
          <td className="py-2 pr-3">
            {r.activities.map((a) => labelFor(VOLUNTEER_ACTIVITY_OPTIONS, a) ?? a).join(", ")}
          </td>
          <td className="py-2 pr-3">{languageNames(r.languages)}</td>
          <td className={`py-2 pr-3 ${r.load >= r.maxActiveLinks ? "font-bold" : ""}`}>
            {describeLoad(r.load, r.maxActiveLinks)}
          </td>
          <td className="py-2">{since(r, view)}</td>
        </tr>
      ))}
    </ListTable>
  );
}
