import Link from "next/link";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { auditActionLabel, auditEntityLabel } from "@/lib/audit/audit-labels";
import type { AuditFilterValues } from "@/lib/validation/audit-filter-schema";

const DATE_FIELDS = [
  { name: "from", label: "Vanaf (datum)" },
  { name: "to", label: "Tot en met (datum)" },
] as const;

/** The filters of the audit log: a GET form, so results can be bookmarked and work without JavaScript. */
export function AdminAuditFilter({
  values,
  errors,
  options,
}: {
  values: AuditFilterValues;
  errors: Partial<Record<keyof AuditFilterValues, string>>;
  options: { actions: string[]; entityTypes: string[]; actors: { id: string; name: string }[] };
}) {
  const withCurrent = (list: string[], current: string) =>
    current && !list.includes(current) ? [...list, current] : list;
  return (
    <form method="get" action="/beheer/audit" className="border-ink mt-6 rounded-md border-2 p-4">
      <h2 className="mb-4 text-xl font-bold">Filteren</h2>
      <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
        <SelectField
          name="action"
          label="Wat"
          defaultValue={values.action}
          options={[
            { value: "", label: "Alles" },
            ...withCurrent(options.actions, values.action).map((action) => ({
              value: action,
              label: auditActionLabel(action) ? `${auditActionLabel(action)} (${action})` : action,
            })),
          ]}
        />
        <SelectField
          name="entityType"
          label="Waarover"
          defaultValue={values.entityType}
          options={[
            { value: "", label: "Alles" },
            ...withCurrent(options.entityTypes, values.entityType).map((type) => ({
              value: type,
              label: auditEntityLabel(type),
            })),
          ]}
        />
        <SelectField
          name="actor"
          label="Door"
          defaultValue={values.actor}
          options={[
            { value: "", label: "Iedereen" },
            ...options.actors.map((actor) => ({ value: actor.id, label: actor.name })),
          ]}
        />
        {DATE_FIELDS.map(({ name, label }) => (
          <TextField
            key={name}
            name={name}
            label={label}
            type="date"
            width="small"
            defaultValue={values[name]}
            error={errors[name]}
          />
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 min-h-11 rounded-md px-6 py-2 text-lg font-bold text-white"
        >
          Filter toepassen
        </button>
        <Link href="/beheer/audit" className="text-brand-700 min-h-11 py-2 underline underline-offset-4">
          Filters wissen
        </Link>
      </div>
    </form>
  );
}
