"use client";

// The action forms of a request's page (/beheer/aanvragen/[id]), one per
// domain function, with the field names of its schema
// (lib/validation/staff-request-schemas.ts). Plain HTML forms posting to
// server actions: they work without JavaScript and by keyboard alone. The
// frame (panel, refusal box, request id, button) is RequestActionForm; the
// referral and follow-up forms are in request-referral-forms.tsx.
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { LONELINESS_ITEM_FIELDS } from "@/lib/validation/staff-request-schemas";
import {
  AGE_GROUP_OPTIONS,
  CONTACT_ATTEMPT_RESULT_OPTIONS,
  LONELINESS_TYPE_OPTIONS,
  NEED_OPTIONS,
  URGENCY_OPTIONS,
} from "@/lib/validation/options";
import { LonelinessScaleFields, NoteField } from "./request-action-fields";
import {
  ActionErrors,
  ActionPanel,
  RequestActionForm,
  RequestIdField,
  useRequestAction,
  type ForRequest,
} from "./request-action-kit";

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

// ───────────────────────── Contact ─────────────────────────

export function ContactAttemptForm(props: ForRequest) {
  return (
    <RequestActionForm
      {...props}
      prefix="contactpoging"
      title="Poging tot contact registreren"
      intro="Je kreeg niemand te spreken. De klok loopt verder."
      fieldOrder={["result", "note"]}
      submitLabel="Poging registreren"
    >
      {(f) => (
        <>
          <RadioGroup
            {...f.radio("result")}
            legend="Wat gebeurde er?"
            options={CONTACT_ATTEMPT_RESULT_OPTIONS}
          />
          <NoteField f={f} label="Notitie" />
        </>
      )}
    </RequestActionForm>
  );
}

export function FirstContactForm({
  personName,
  reporterName,
  ...props
}: ForRequest & {
  /** Who passed the request on (first name), when someone did: then staff say with whom they spoke. */
  reporterName: string | null;
  personName: string;
}) {
  return (
    <RequestActionForm
      {...props}
      prefix="eerste-contact"
      title="Eerste contact gelegd"
      intro="Je hebt iemand gesproken. Dit stopt de klok van 24 uur."
      fieldOrder={["contactWith", "contactedAt", "note"]}
      submitLabel="Eerste contact registreren"
    >
      {(f) => (
        <>
          {reporterName ? (
            <RadioGroup
              {...f.radio("contactWith", "PERSON")}
              legend="Met wie sprak je?"
              options={[
                { value: "PERSON", label: `Met de persoon zelf (${personName})` },
                { value: "REPORTER", label: `Met wie de vraag doorgaf (${reporterName})` },
              ]}
            />
          ) : null}
          <TextField
            {...f.field("contactedAt")}
            type="datetime-local"
            width="small"
            label="Wanneer was het gesprek?"
            hint="Laat leeg als het nu was. Vul in als je een gesprek van eerder registreert."
            optional
          />
          <NoteField f={f} label="Notitie over het gesprek" />
        </>
      )}
    </RequestActionForm>
  );
}

// ───────────────────────── Assess, assign, consent ─────────────────────────

export function AssessForm({
  current,
  again,
  ...props
}: ForRequest & {
  /** The request's current answers, as the starting point. */
  current: { needs: string[]; lonelinessTypes: string[]; urgency: string; ageGroup: string };
  /** The request was assessed before: this updates the assessment. */
  again: boolean;
}) {
  return (
    <RequestActionForm
      {...props}
      prefix="inschatting"
      title={again ? "Inschatting aanpassen" : "Vraag inschatten"}
      fieldOrder={["needs", "lonelinessTypes", "urgency", "ageGroup", "note", ...LONELINESS_ITEM_FIELDS]}
      submitLabel="Inschatting bewaren"
    >
      {(f) => (
        <>
          <CheckboxGroup
            {...f.checks("needs", current.needs)}
            legend="Wat zou helpen?"
            hint="Kies alles wat past."
            options={NEED_OPTIONS}
          />
          <CheckboxGroup
            {...f.checks("lonelinessTypes", current.lonelinessTypes)}
            legend="Wat speelt er?"
            hint="Kies alles wat past."
            options={LONELINESS_TYPE_OPTIONS}
          />
          <RadioGroup
            {...f.radio("urgency", current.urgency)}
            legend="Hoe dringend is het?"
            options={URGENCY_OPTIONS}
          />
          <RadioGroup
            {...f.radio("ageGroup", current.ageGroup)}
            legend="Leeftijd"
            optional
            options={[...AGE_GROUP_OPTIONS, { value: "", label: "Niet gevraagd of wil het niet zeggen" }]}
          />
          <LonelinessScaleFields f={f} />
          <NoteField f={f} label="Notitie" />
        </>
      )}
    </RequestActionForm>
  );
}

/**
 * Not the usual frame: a one-click "assign to me" form above the full one,
 * with the refusal box above both.
 */
export function AssignForm({
  action,
  requestId,
  primary,
  staff,
  currentAssigneeId,
  meId,
}: ForRequest & {
  staff: readonly { id: string; name: string }[];
  currentAssigneeId: string | null;
  meId: string;
}) {
  const prefix = "toewijzing";
  const f = useRequestAction(action, prefix);
  const canTakeIt = currentAssigneeId !== meId && staff.some((s) => s.id === meId);
  return (
    <ActionPanel prefix={prefix} title="Toewijzen" primary={primary} open={f.answered}>
      <ActionErrors
        key={`errors-${f.state.attempt}`}
        prefix={prefix}
        state={f.state}
        fieldOrder={["assigneeId"]}
      />
      {canTakeIt ? (
        <form action={f.formAction} className="mb-6">
          <RequestIdField requestId={requestId} />
          <input type="hidden" name="assigneeId" value={meId} />
          <button
            type="submit"
            className="border-brand-700 text-brand-800 hover:bg-brand-50 min-h-11 rounded-md border-2 bg-white px-5 py-2 text-lg font-bold"
          >
            Aan mij toewijzen
          </button>
        </form>
      ) : null}
      <form key={`form-${f.state.attempt}`} action={f.formAction} noValidate>
        <RequestIdField requestId={requestId} />
        <SelectField
          {...f.field("assigneeId", currentAssigneeId ?? "")}
          label="Wie volgt deze aanvraag op?"
          options={[
            { value: "", label: "Niemand" },
            ...staff.map((s) => ({ value: s.id, label: s.id === meId ? `${s.name} (jij)` : s.name })),
          ]}
        />
        <SubmitButton pendingText="Even geduld…">Toewijzing bewaren</SubmitButton>
      </form>
    </ActionPanel>
  );
}

export function SubjectConsentForm({ choices, ...props }: ForRequest & { choices: readonly Choice[] }) {
  return (
    <RequestActionForm
      {...props}
      prefix="toestemming"
      title="Toestemming van de persoon"
      intro="Iemand anders vroeg hulp voor deze persoon. We geven niets door zonder dat de persoon akkoord gaat."
      fieldOrder={["consent", "note"]}
      submitLabel="Antwoord registreren"
    >
      {(f) => (
        <>
          <RadioGroup {...f.radio("consent")} legend="Wat is er gebeurd?" options={choices} />
          <NoteField f={f} label="Notitie" />
        </>
      )}
    </RequestActionForm>
  );
}

// ───────────────────────── Close, withdraw, note ─────────────────────────

export function CloseForm({ outcomes, ...props }: ForRequest & { outcomes: readonly Choice[] }) {
  return (
    <RequestActionForm
      {...props}
      prefix="afsluiten"
      title="Aanvraag afsluiten"
      intro="Lopende koppelingen met een vrijwilliger stoppen dan ook."
      fieldOrder={["outcome", "note"]}
      submitLabel="Aanvraag afsluiten"
    >
      {(f) => (
        <>
          <RadioGroup
            {...f.radio("outcome")}
            legend="Hoe loopt de aanvraag af?"
            hint="Je ziet alleen de uitkomsten die nu kunnen."
            options={outcomes}
          />
          <NoteField f={f} label="Notitie" hint="Verplicht bij 'Anders'." />
        </>
      )}
    </RequestActionForm>
  );
}

export function WithdrawForm(props: ForRequest) {
  return (
    <RequestActionForm
      {...props}
      prefix="intrekken"
      title="Aanvraag intrekken"
      intro="Voor een aanvraag die niet meer nodig is omdat ze werd ingetrokken, of die geen echte vraag was. Lopende koppelingen met een vrijwilliger stoppen dan ook. Dit kan je niet ongedaan maken."
      fieldOrder={["note"]}
      submitLabel="Aanvraag intrekken"
    >
      {(f) => <NoteField f={f} label="Waarom wordt de aanvraag ingetrokken?" />}
    </RequestActionForm>
  );
}

export function NoteForm(props: ForRequest) {
  return (
    <RequestActionForm
      {...props}
      prefix="notitie"
      title="Notitie toevoegen"
      fieldOrder={["note"]}
      submitLabel="Notitie toevoegen"
    >
      {(f) => <NoteField f={f} label="Notitie" optional={false} />}
    </RequestActionForm>
  );
}
