import Link from "next/link";
import { SelectOptions } from "@/components/forms/select-field";
import type { QueueFilter } from "@/lib/validation/staff-queue-schema";
import { CHANNEL_OPTIONS, NEED_OPTIONS, STATUS_OPTIONS } from "@/lib/validation/options";

interface Choice {
  value: string;
  label: string;
}

function Select({
  name,
  label,
  choices,
  value,
}: {
  name: string;
  label: string;
  choices: Choice[];
  value: string | null;
}) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block font-bold">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="border-ink mt-1 min-h-11 w-full rounded border-2 bg-white px-2"
      >
        <option value="">Alle</option>
        <SelectOptions options={choices} />
      </select>
    </div>
  );
}

/** The queue's filters: a plain GET form, so every filtered view is a link that can be bookmarked. */
export function QueueFilters({
  filter,
  neighbourhoods,
  staff,
}: {
  filter: QueueFilter;
  neighbourhoods: Choice[];
  staff: Choice[];
}) {
  return (
    <form method="get" action="/beheer/aanvragen" className="mt-4 rounded border-2 border-gray-300 p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className="block font-bold">
            Zoeken
          </label>
          <p id="f-q-hint" className="text-sm">
            Referentie, naam of telefoonnummer
          </p>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ""}
            aria-describedby="f-q-hint"
            className="border-ink mt-1 min-h-11 w-full rounded border-2 px-2"
          />
        </div>
        <Select name="status" label="Status" choices={[...STATUS_OPTIONS]} value={filter.status[0] ?? null} />
        <Select name="channel" label="Kanaal" choices={[...CHANNEL_OPTIONS]} value={filter.channel} />
        <Select name="neighbourhoodId" label="Wijk" choices={neighbourhoods} value={filter.neighbourhoodId} />
        <Select name="need" label="Wat zou helpen" choices={[...NEED_OPTIONS]} value={filter.need} />
        <Select
          name="assignee"
          label="Opgevolgd door"
          choices={[{ value: "mine", label: "Mij" }, { value: "unassigned", label: "Niemand" }, ...staff]}
          value={filter.assignee}
        />
        <div className="flex items-end">
          <label className="flex min-h-11 items-center gap-2 font-bold">
            <input
              type="checkbox"
              name="overdue"
              value="1"
              defaultChecked={filter.overdue}
              className="h-6 w-6"
            />
            Alleen te laat
          </label>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className="bg-brand-700 min-h-11 rounded px-5 font-bold text-white">
          Toon aanvragen
        </button>
        <Link href="/beheer/aanvragen" className="text-brand-700 inline-flex min-h-11 items-center underline">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
