"use client";

// The action forms of a volunteer's page (/beheer/vrijwilligers/[id]), one per
// domain function, with the field names of its schema
// (lib/validation/staff-volunteer-schemas.ts). Plain HTML forms posting to
// server actions: they work without JavaScript and by keyboard alone. The
// frame (panel, refusal box, button) is the request page's RequestActionForm.
import type { ReactNode } from "react";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { DAY_PARTS, VOLUNTEER_ACTIVITY_OPTIONS, WEEKDAYS } from "@/lib/validation/options";
import {
  INTAKE_OUTCOME_OPTIONS,
  STAFF_VOLUNTEER_LANGUAGE_OPTIONS,
  TRAVEL_RANGE_OPTIONS,
} from "@/lib/validation/staff-volunteer-schemas";
import { RequestActionForm, type RequestAction, type RequestActionFields } from "../request-action-kit";

interface Choice {
  value: string;
  label: string;
}

export interface ForVolunteer {
  action: RequestAction;
  volunteerId: string;
  primary?: boolean;
}

/** One volunteer action: RequestActionForm with the volunteer's id instead of a request's. */
function VolunteerActionForm({
  volunteerId,
  children,
  ...props
}: ForVolunteer & {
  prefix: string;
  title: string;
  fieldOrder: readonly string[];
  intro?: ReactNode;
  submitLabel: string;
  children: (f: RequestActionFields) => ReactNode;
}) {
  return (
    <RequestActionForm {...props}>
      {(f) => (
        <>
          <input type="hidden" name="volunteerId" value={volunteerId} />
          {children(f)}
        </>
      )}
    </RequestActionForm>
  );
}

function Note({ f, label, optional = true }: { f: RequestActionFields; label: string; optional?: boolean }) {
  return <TextArea {...f.field("note")} label={label} optional={optional} rows={3} />;
}

export function PlanIntakeForm({ slots, ...props }: ForVolunteer & { slots: Choice[] }) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="intake-plannen"
      title="Intake plannen"
      intro="Een intakegesprek duurt 30 minuten. Je ziet alleen de momenten die nog vrij zijn."
      fieldOrder={["intakeAt"]}
      submitLabel="Intake plannen"
    >
      {(f) =>
        slots.length > 0 ? (
          <SelectField
            {...f.field("intakeAt")}
            label="Moment van de intake"
            options={[{ value: "", label: "Kies een moment" }, ...slots]}
          />
        ) : (
          <p className="mb-4 text-lg font-bold">
            Er zijn de komende weken geen vrije intakemomenten. Vraag een beheerder om er meer te zetten.
          </p>
        )
      }
    </VolunteerActionForm>
  );
}

export function CancelIntakeForm(props: ForVolunteer) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="intake-annuleren"
      title="Intake annuleren"
      intro="De vrijwilliger komt terug bij ‘Aangemeld’. Het moment is weer vrij."
      fieldOrder={["note"]}
      submitLabel="Intake annuleren"
    >
      {(f) => <Note f={f} label="Waarom?" />}
    </VolunteerActionForm>
  );
}

export function IntakeOutcomeForm(props: ForVolunteer) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="intake-uitkomst"
      title="Uitkomst van de intake"
      fieldOrder={["outcome", "note"]}
      submitLabel="Uitkomst bewaren"
    >
      {(f) => (
        <>
          <RadioGroup
            {...f.radio("outcome")}
            legend="Hoe liep de intake af?"
            options={INTAKE_OUTCOME_OPTIONS}
          />
          <Note f={f} label="Wat spraken jullie af? (of: waarom niet verder)" optional={false} />
        </>
      )}
    </VolunteerActionForm>
  );
}

export function ScreeningForm({ today, ...props }: ForVolunteer & { today: string }) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="screening"
      title="Screening registreren"
      intro="Zonder uittreksel uit het strafregister (model 2) wordt niemand actief. Het uittreksel mag niet ouder zijn dan een jaar."
      fieldOrder={["certificateDate"]}
      submitLabel="Screening bewaren"
    >
      {(f) => (
        <TextField
          {...f.field("certificateDate")}
          type="date"
          width="small"
          max={today}
          label="Datum op het uittreksel (model 2)"
          hint="Bijvoorbeeld 2026-11-20."
        />
      )}
    </VolunteerActionForm>
  );
}

export function PauseForm({ requested, ...props }: ForVolunteer & { requested: boolean }) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="pauzeren"
      title={requested ? "Pauze toestaan" : "Pauzeren"}
      intro="Tijdens een pauze krijgt de vrijwilliger geen nieuwe koppelingen. Lopende koppelingen blijven."
      fieldOrder={["note"]}
      submitLabel="Pauzeren"
    >
      {(f) => <Note f={f} label="Notitie" />}
    </VolunteerActionForm>
  );
}

export function ResumeForm(props: ForVolunteer) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="hervatten"
      title="Pauze beëindigen"
      fieldOrder={["note"]}
      submitLabel="Weer actief maken"
    >
      {(f) => <Note f={f} label="Notitie" />}
    </VolunteerActionForm>
  );
}

export function StopForm(props: ForVolunteer) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="stoppen"
      title="Stoppen"
      intro="Dat kan pas als er geen open koppelingen meer zijn."
      fieldOrder={["reason"]}
      submitLabel="Vrijwilliger laten stoppen"
    >
      {(f) => <TextArea {...f.field("reason")} label="Waarom stopt de vrijwilliger?" rows={3} />}
    </VolunteerActionForm>
  );
}

export function VolunteerNoteForm(props: ForVolunteer) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="notitie"
      title="Coachingsnotitie toevoegen"
      fieldOrder={["note"]}
      submitLabel="Notitie toevoegen"
    >
      {(f) => <Note f={f} label="Notitie" optional={false} />}
    </VolunteerActionForm>
  );
}

export interface ProfileValues {
  activities: string[];
  neighbourhood: string;
  travelRange: string;
  languages: string[];
  availability: string[];
  maxActiveLinks: string;
}

const MAX_LINK_CHOICES = Array.from({ length: 10 }, (_, i) => ({
  value: String(i + 1),
  label: String(i + 1),
}));

export function ProfileForm({
  profile,
  neighbourhoods,
  ...props
}: ForVolunteer & { profile: ProfileValues; neighbourhoods: Choice[] }) {
  return (
    <VolunteerActionForm
      {...props}
      prefix="profiel"
      title="Profiel aanpassen"
      fieldOrder={[
        "activities",
        "neighbourhood",
        "travelRange",
        "languages",
        "availability",
        "maxActiveLinks",
      ]}
      submitLabel="Profiel bewaren"
    >
      {(f) => (
        <>
          <CheckboxGroup
            {...f.checks("activities", profile.activities)}
            legend="Wat wil de vrijwilliger doen?"
            options={VOLUNTEER_ACTIVITY_OPTIONS}
          />
          <SelectField
            {...f.field("neighbourhood", profile.neighbourhood)}
            label="Wijk"
            options={[{ value: "", label: "Onbekend" }, ...neighbourhoods]}
          />
          <RadioGroup
            {...f.radio("travelRange", profile.travelRange)}
            legend="Hoe ver wil de vrijwilliger gaan?"
            options={TRAVEL_RANGE_OPTIONS}
          />
          <CheckboxGroup
            {...f.checks("languages", profile.languages)}
            legend="Talen"
            options={STAFF_VOLUNTEER_LANGUAGE_OPTIONS}
            inline
          />
          <fieldset className="mb-8">
            <legend className="mb-1 text-xl font-bold">Wanneer kan de vrijwilliger?</legend>
            {WEEKDAYS.map((day, index) => (
              <CheckboxGroup
                key={day.key}
                name="availability"
                firstId={index === 0 ? f.id("availability") : f.id(`availability-${day.key}`)}
                legend={day.label}
                defaultValues={f.checks("availability", profile.availability).defaultValues}
                options={DAY_PARTS.map((p) => ({ value: `${day.key}_${p.key}`, label: p.label }))}
                nested
                inline
                optional
              />
            ))}
          </fieldset>
          <SelectField
            {...f.field("maxActiveLinks", profile.maxActiveLinks)}
            label="Hoeveel koppelingen tegelijk (maximum)?"
            options={MAX_LINK_CHOICES}
          />
        </>
      )}
    </VolunteerActionForm>
  );
}
