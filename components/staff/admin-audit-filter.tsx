import Link from "next/link";
import { ErrorText, errorId, inputClass, labelClass } from "@/components/forms/field-parts";
import { SelectField } from "@/components/forms/select-field";
import { auditActionLabel, auditEntityLabel } from "@/lib/audit/audit-labels";
import type { AuditFilterValues } from "@/lib/validation/audit-filter-schema";

function DateField({
  name,
  label,
  value,
  error,
}: {
  name: "from" | "to";
  label: string;
  value: string;
  error?: string;
}) {
  return (
    <div className="mb-6">
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <ErrorText id={errorId(name)} message={error} />
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(name) : undefined}
        className={`${inputClass(error)} mt-2 max-w-56`}
      />
    </div>
  );
}

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
        <DateField name="from" label="Vanaf (datum)" value={values.from} error={errors.from} />
        <DateField name="to" label="Tot en met (datum)" value={values.to} error={errors.to} />
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
