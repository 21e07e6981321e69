"use client";

// The action forms of a request's page about what comes after the first
// contact: referring to an organisation, and planning and completing a
// follow-up. The frame is RequestActionForm (request-action-kit.tsx).
import { useState } from "react";
import { RadioGroup } from "@/components/forms/choice-group";
import { Field } from "@/components/forms/field";
import { inputClass } from "@/components/forms/field-parts";
import { SelectField, SelectOptions } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { LONELINESS_ITEM_FIELDS } from "@/lib/validation/staff-request-schemas";
import { LonelinessScaleFields, NoteField } from "./request-action-fields";
import {
  RequestActionForm,
  type ActionFormProps,
  type ForRequest,
  type RequestActionFields,
} from "./request-action-kit";

export interface ReferralOrganisation {
  id: string;
  name: string;
  offers: { id: string; title: string }[];
}

export function ReferForm({
  organisations,
  ...props
}: ForRequest & { organisations: readonly ReferralOrganisation[] }) {
  return (
    <RequestActionForm
      {...props}
      prefix="doorverwijzing"
      title="Doorverwijzen"
      fieldOrder={["organisationId", "offerId", "note"]}
      submitLabel="Doorverwijzing registreren"
    >
      {(f) => (
        <>
          <ReferTargetFields f={f} organisations={organisations} />
          <NoteField f={f} label="Notitie" hint="Bijvoorbeeld met wie je sprak en wat je afsprak." />
        </>
      )}
    </RequestActionForm>
  );
}

/** The organisation, and then one of its offers: with JavaScript the offers follow the organisation. */
function ReferTargetFields({
  f,
  organisations,
}: {
  f: RequestActionFields;
  organisations: readonly ReferralOrganisation[];
}) {
  const organisation = f.field("organisationId");
  const offer = f.field("offerId");
  const [chosen, setChosen] = useState(organisation.defaultValue);
  const offerGroups = chosen ? organisations.filter((o) => o.id === chosen) : organisations;
  return (
    <>
      <Field {...organisation} label="Naar welke organisatie?">
        {(control) => (
          <select
            {...control}
            onChange={(event) => setChosen(event.target.value)}
            className={`${inputClass(organisation.error)} mt-2 max-w-xl`}
          >
            <option value="">Kies een organisatie</option>
            <SelectOptions options={organisations.map((o) => ({ value: o.id, label: o.name }))} />
          </select>
        )}
      </Field>
      <Field
        {...offer}
        label="Welk aanbod?"
        optional
        hint="Kies een aanbod van die organisatie uit de catalogus, of laat het open."
      >
        {(control) => (
          <select {...control} className={`${inputClass(offer.error)} mt-2 max-w-xl`}>
            <option value="">Geen bepaald aanbod</option>
            {offerGroups
              .filter((o) => o.offers.length > 0)
              .map((o) => (
                <optgroup key={o.id} label={o.name}>
                  {o.offers.map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.title}
                    </option>
                  ))}
                </optgroup>
              ))}
          </select>
        )}
      </Field>
    </>
  );
}

export function PlanFollowUpForm({
  staff,
  meId,
  today,
  ...props
}: ForRequest & {
  staff: readonly { id: string; name: string }[];
  meId: string;
  /** "2026-11-24": the earliest day that can be chosen. */
  today: string;
}) {
  return (
    <RequestActionForm
      {...props}
      prefix="opvolging-plannen"
      title="Opvolging plannen"
      fieldOrder={["dueAt", "assigneeId", "note"]}
      submitLabel="Opvolging plannen"
    >
      {(f) => (
        <>
          <TextField
            {...f.field("dueAt")}
            type="date"
            width="small"
            label="Op welke dag?"
            hint="De opvolging staat die dag om 9.00 uur in de lijst 'Mijn opvolgingen'."
            min={today}
          />
          <SelectField
            {...f.field("assigneeId")}
            label="Wie doet de opvolging?"
            options={[
              { value: "", label: "Ikzelf" },
              ...staff.filter((s) => s.id !== meId).map((s) => ({ value: s.id, label: s.name })),
            ]}
          />
          <NoteField f={f} label="Wat moet er dan gebeuren?" />
        </>
      )}
    </RequestActionForm>
  );
}

export function CompleteFollowUpForm({
  followUps,
  ...props
}: ActionFormProps & { followUps: readonly { id: string; label: string }[] }) {
  const only = followUps.length === 1 ? followUps[0] : undefined;
  return (
    <RequestActionForm
      {...props}
      prefix="opvolging-afronden"
      title="Opvolging afronden"
      fieldOrder={["followUpId", ...LONELINESS_ITEM_FIELDS, "note"]}
      submitLabel="Opvolging afronden"
    >
      {(f) => (
        <>
          {only ? (
            <>
              <input type="hidden" name="followUpId" value={only.id} />
              <p className="mb-4 text-lg">Opvolging: {only.label}</p>
            </>
          ) : (
            <RadioGroup
              {...f.radio("followUpId")}
              legend="Welke opvolging?"
              options={followUps.map((fu) => ({ value: fu.id, label: fu.label }))}
            />
          )}
          <LonelinessScaleFields f={f} />
          <NoteField f={f} label="Hoe gaat het nu?" />
        </>
      )}
    </RequestActionForm>
  );
}
