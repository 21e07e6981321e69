"use client";

// The action forms of a request's page (/beheer/aanvragen/[id]), one per
// domain function, with the field names of its schema
// (lib/validation/staff-request-schemas.ts). Plain HTML forms posting to
// server actions: they work without JavaScript and by keyboard alone.
import { useState } from "react";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-group";
import {
  describedBy,
  errorGroupClass,
  errorId,
  ErrorText,
  fieldGroupClass,
  Hint,
  hintId,
  inputClass,
  labelClass,
  Optional,
} from "@/components/forms/field-parts";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { LONELINESS_ITEM_FIELDS } from "@/lib/validation/staff-request-schemas";
import {
  AGE_GROUP_OPTIONS,
  CONTACT_ATTEMPT_RESULT_OPTIONS,
  LONELINESS_TYPE_OPTIONS,
  NEED_OPTIONS,
  URGENCY_OPTIONS,
} from "@/lib/validation/options";
import {
  ActionErrors,
  ActionPanel,
  DateField,
  LonelinessScaleFields,
  useRequestAction,
  type RequestAction,
} from "./request-action-kit";

interface Common {
  action: RequestAction;
  /** The most likely next step: shown open, first. */
  primary?: boolean;
}

interface ForRequest extends Common {
  requestId: string;
}

export interface Choice {
  value: string;
  label: string;
  hint?: string;
}

function RequestIdField({ requestId }: { requestId: string }) {
  return <input type="hidden" name="requestId" value={requestId} />;
}

const noteRows = 3;

// ───────────────────────── Contact attempt ─────────────────────────

export function ContactAttemptForm({ action, requestId, primary }: ForRequest) {
  const prefix = "contactpoging";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Poging tot contact registreren" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["result", "note"]} />
        <RequestIdField requestId={requestId} />
        <p className="mb-4 text-lg">Je kreeg niemand te spreken. De klok loopt verder.</p>
        <RadioGroup
          name="result"
          firstId={f.id("result")}
          legend="Wat gebeurde er?"
          options={CONTACT_ATTEMPT_RESULT_OPTIONS}
          defaultValue={f.value("result")}
          error={f.error("result")}
        />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Notitie"
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Poging registreren</SubmitButton>
      </form>
    </ActionPanel>
  );
}

// ───────────────────────── First contact ─────────────────────────

export function FirstContactForm({
  action,
  requestId,
  primary,
  personName,
  reporterName,
}: ForRequest & {
  /** Who passed the request on (first name), when someone did: then staff say with whom they spoke. */
  reporterName: string | null;
  personName: string;
}) {
  const prefix = "eerste-contact";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Eerste contact gelegd" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["contactWith", "contactedAt", "note"]} />
        <RequestIdField requestId={requestId} />
        <p className="mb-4 text-lg">Je hebt iemand gesproken. Dit stopt de klok van 24 uur.</p>
        {reporterName ? (
          <RadioGroup
            name="contactWith"
            firstId={f.id("contactWith")}
            legend="Met wie sprak je?"
            options={[
              { value: "PERSON", label: `Met de persoon zelf (${personName})` },
              { value: "REPORTER", label: `Met wie de vraag doorgaf (${reporterName})` },
            ]}
            defaultValue={f.value("contactWith", "PERSON")}
            error={f.error("contactWith")}
          />
        ) : null}
        <DateField
          id={f.id("contactedAt")}
          name="contactedAt"
          type="datetime-local"
          label="Wanneer was het gesprek?"
          hint="Laat leeg als het nu was. Vul in als je een gesprek van eerder registreert."
          optional
          defaultValue={f.value("contactedAt")}
          error={f.error("contactedAt")}
        />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Notitie over het gesprek"
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Eerste contact registreren</SubmitButton>
      </form>
    </ActionPanel>
  );
}

// ───────────────────────── Assess ─────────────────────────

export function AssessForm({
  action,
  requestId,
  primary,
  current,
  again,
}: ForRequest & {
  /** The request's current answers, as the starting point. */
  current: { needs: string[]; lonelinessTypes: string[]; urgency: string; ageGroup: string };
  /** The request was assessed before: this updates the assessment. */
  again: boolean;
}) {
  const prefix = "inschatting";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel
      prefix={prefix}
      title={again ? "Inschatting aanpassen" : "Vraag inschatten"}
      primary={primary}
      open={f.answered}
    >
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors
          prefix={prefix}
          state={f.state}
          fieldOrder={["needs", "lonelinessTypes", "urgency", "ageGroup", "note", ...LONELINESS_ITEM_FIELDS]}
        />
        <RequestIdField requestId={requestId} />
        <CheckboxGroup
          name="needs"
          firstId={f.id("needs")}
          legend="Wat zou helpen?"
          hint="Kies alles wat past."
          options={NEED_OPTIONS}
          defaultValues={f.list("needs", current.needs)}
          error={f.error("needs")}
        />
        <CheckboxGroup
          name="lonelinessTypes"
          firstId={f.id("lonelinessTypes")}
          legend="Wat speelt er?"
          hint="Kies alles wat past."
          options={LONELINESS_TYPE_OPTIONS}
          defaultValues={f.list("lonelinessTypes", current.lonelinessTypes)}
          error={f.error("lonelinessTypes")}
        />
        <RadioGroup
          name="urgency"
          firstId={f.id("urgency")}
          legend="Hoe dringend is het?"
          options={URGENCY_OPTIONS}
          defaultValue={f.value("urgency", current.urgency)}
          error={f.error("urgency")}
        />
        <RadioGroup
          name="ageGroup"
          firstId={f.id("ageGroup")}
          legend="Leeftijd"
          optional
          options={[...AGE_GROUP_OPTIONS, { value: "", label: "Niet gevraagd of wil het niet zeggen" }]}
          defaultValue={f.value("ageGroup", current.ageGroup)}
          error={f.error("ageGroup")}
        />
        <LonelinessScaleFields prefix={prefix} value={(n) => f.value(n)} error={f.error} />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Notitie"
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Inschatting bewaren</SubmitButton>
      </form>
    </ActionPanel>
  );
}

// ───────────────────────── Assign ─────────────────────────

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
          name="assigneeId"
          id={f.id("assigneeId")}
          label="Wie volgt deze aanvraag op?"
          options={[
            { value: "", label: "Niemand" },
            ...staff.map((s) => ({ value: s.id, label: s.id === meId ? `${s.name} (jij)` : s.name })),
          ]}
          defaultValue={f.value("assigneeId", currentAssigneeId ?? "")}
          error={f.error("assigneeId")}
        />
        <SubmitButton pendingText="Even geduld…">Toewijzing bewaren</SubmitButton>
      </form>
    </ActionPanel>
  );
}

// ───────────────────────── Consent of the person ─────────────────────────

export function SubjectConsentForm({
  action,
  requestId,
  primary,
  choices,
}: ForRequest & { choices: readonly Choice[] }) {
  const prefix = "toestemming";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Toestemming van de persoon" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["consent", "note"]} />
        <RequestIdField requestId={requestId} />
        <p className="mb-4 text-lg">
          Iemand anders vroeg hulp voor deze persoon. We geven niets door zonder dat de persoon akkoord gaat.
        </p>
        <RadioGroup
          name="consent"
          firstId={f.id("consent")}
          legend="Wat is er gebeurd?"
          options={choices}
          defaultValue={f.value("consent")}
          error={f.error("consent")}
        />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Notitie"
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Antwoord registreren</SubmitButton>
      </form>
    </ActionPanel>
  );
}

// ───────────────────────── Refer ─────────────────────────

export interface ReferralOrganisation {
  id: string;
  name: string;
  offers: { id: string; title: string }[];
}

export function ReferForm({
  action,
  requestId,
  primary,
  organisations,
}: ForRequest & { organisations: readonly ReferralOrganisation[] }) {
  const prefix = "doorverwijzing";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Doorverwijzen" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["organisationId", "offerId", "note"]} />
        <RequestIdField requestId={requestId} />
        <ReferTargetFields
          prefix={prefix}
          organisations={organisations}
          organisationId={f.value("organisationId")}
          offerId={f.value("offerId")}
          organisationError={f.error("organisationId")}
          offerError={f.error("offerId")}
        />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Notitie"
          hint="Bijvoorbeeld met wie je sprak en wat je afsprak."
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Doorverwijzing registreren</SubmitButton>
      </form>
    </ActionPanel>
  );
}

/** The organisation, and then one of its offers: with JavaScript the offers follow the organisation. */
function ReferTargetFields({
  prefix,
  organisations,
  organisationId,
  offerId,
  organisationError,
  offerError,
}: {
  prefix: string;
  organisations: readonly ReferralOrganisation[];
  organisationId: string;
  offerId: string;
  organisationError?: string;
  offerError?: string;
}) {
  const [chosen, setChosen] = useState(organisationId);
  const orgId = `${prefix}-organisationId`;
  const offId = `${prefix}-offerId`;
  const offerGroups = chosen ? organisations.filter((o) => o.id === chosen) : organisations;
  const offerHint = "Kies een aanbod van die organisatie uit de catalogus, of laat het open.";
  return (
    <>
      <div className={`${fieldGroupClass} ${organisationError ? errorGroupClass : ""}`}>
        <label htmlFor={orgId} className={labelClass}>
          Naar welke organisatie?
        </label>
        <ErrorText id={errorId(orgId)} message={organisationError} />
        <select
          id={orgId}
          name="organisationId"
          defaultValue={organisationId}
          onChange={(event) => setChosen(event.target.value)}
          aria-invalid={organisationError ? true : undefined}
          aria-describedby={describedBy(organisationError && errorId(orgId))}
          className={`${inputClass(organisationError)} mt-2 max-w-xl`}
        >
          <option value="">Kies een organisatie</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className={`${fieldGroupClass} ${offerError ? errorGroupClass : ""}`}>
        <label htmlFor={offId} className={labelClass}>
          Welk aanbod?
          <Optional optional />
        </label>
        <Hint id={hintId(offId)}>{offerHint}</Hint>
        <ErrorText id={errorId(offId)} message={offerError} />
        <select
          id={offId}
          name="offerId"
          defaultValue={offerId}
          aria-invalid={offerError ? true : undefined}
          aria-describedby={describedBy(hintId(offId), offerError && errorId(offId))}
          className={`${inputClass(offerError)} mt-2 max-w-xl`}
        >
          <option value="">Geen bepaald aanbod</option>
          {offerGroups
            .filter((o) => o.offers.length > 0)
            .map((o) => (
              <optgroup key={o.id} label={o.name}>
                {o.offers.map((offer) => (
                  <option key={offer.id} value={offer.id}>
                    {offer.title}
                  </option>
                ))}
              </optgroup>
            ))}
        </select>
      </div>
    </>
  );
}

// ───────────────────────── Follow-ups ─────────────────────────

export function PlanFollowUpForm({
  action,
  requestId,
  primary,
  staff,
  meId,
  today,
}: ForRequest & {
  staff: readonly { id: string; name: string }[];
  meId: string;
  /** "2026-11-24": the earliest day that can be chosen. */
  today: string;
}) {
  const prefix = "opvolging-plannen";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Opvolging plannen" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["dueAt", "assigneeId", "note"]} />
        <RequestIdField requestId={requestId} />
        <DateField
          id={f.id("dueAt")}
          name="dueAt"
          type="date"
          label="Op welke dag?"
          hint="De opvolging staat die dag om 9.00 uur in de lijst 'Mijn opvolgingen'."
          min={today}
          defaultValue={f.value("dueAt")}
          error={f.error("dueAt")}
        />
        <SelectField
          name="assigneeId"
          id={f.id("assigneeId")}
          label="Wie doet de opvolging?"
          options={[
            { value: "", label: "Ikzelf" },
            ...staff.filter((s) => s.id !== meId).map((s) => ({ value: s.id, label: s.name })),
          ]}
          defaultValue={f.value("assigneeId")}
          error={f.error("assigneeId")}
        />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Wat moet er dan gebeuren?"
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Opvolging plannen</SubmitButton>
      </form>
    </ActionPanel>
  );
}

export function CompleteFollowUpForm({
  action,
  primary,
  followUps,
}: Common & { followUps: readonly { id: string; label: string }[] }) {
  const prefix = "opvolging-afronden";
  const f = useRequestAction(action, prefix);
  const only = followUps.length === 1 ? followUps[0] : undefined;
  return (
    <ActionPanel prefix={prefix} title="Opvolging afronden" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors
          prefix={prefix}
          state={f.state}
          fieldOrder={["followUpId", ...LONELINESS_ITEM_FIELDS, "note"]}
        />
        {only ? (
          <>
            <input type="hidden" name="followUpId" value={only.id} />
            <p className="mb-4 text-lg">Opvolging: {only.label}</p>
          </>
        ) : (
          <RadioGroup
            name="followUpId"
            firstId={f.id("followUpId")}
            legend="Welke opvolging?"
            options={followUps.map((fu) => ({ value: fu.id, label: fu.label }))}
            defaultValue={f.value("followUpId")}
            error={f.error("followUpId")}
          />
        )}
        <LonelinessScaleFields prefix={prefix} value={(n) => f.value(n)} error={f.error} />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Hoe gaat het nu?"
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Opvolging afronden</SubmitButton>
      </form>
    </ActionPanel>
  );
}

// ───────────────────────── Close, withdraw, note ─────────────────────────

export function CloseForm({
  action,
  requestId,
  primary,
  outcomes,
}: ForRequest & { outcomes: readonly Choice[] }) {
  const prefix = "afsluiten";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Aanvraag afsluiten" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["outcome", "note"]} />
        <RequestIdField requestId={requestId} />
        <RadioGroup
          name="outcome"
          firstId={f.id("outcome")}
          legend="Hoe loopt de aanvraag af?"
          hint="Je ziet alleen de uitkomsten die nu kunnen."
          options={outcomes}
          defaultValue={f.value("outcome")}
          error={f.error("outcome")}
        />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Notitie"
          hint="Verplicht bij 'Anders'."
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Aanvraag afsluiten</SubmitButton>
      </form>
    </ActionPanel>
  );
}

export function WithdrawForm({ action, requestId, primary }: ForRequest) {
  const prefix = "intrekken";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Aanvraag intrekken" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["note"]} />
        <RequestIdField requestId={requestId} />
        <p className="mb-4 text-lg">
          Voor een aanvraag die niet meer nodig is omdat ze werd ingetrokken, of die geen echte vraag was. Dit
          kan je niet ongedaan maken.
        </p>
        <TextArea
          name="note"
          id={f.id("note")}
          label="Waarom wordt de aanvraag ingetrokken?"
          optional
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Aanvraag intrekken</SubmitButton>
      </form>
    </ActionPanel>
  );
}

export function NoteForm({ action, requestId, primary }: ForRequest) {
  const prefix = "notitie";
  const f = useRequestAction(action, prefix);
  return (
    <ActionPanel prefix={prefix} title="Notitie toevoegen" primary={primary} open={f.answered}>
      <form key={f.state.attempt} action={f.formAction} noValidate>
        <ActionErrors prefix={prefix} state={f.state} fieldOrder={["note"]} />
        <RequestIdField requestId={requestId} />
        <TextArea
          name="note"
          id={f.id("note")}
          label="Notitie"
          rows={noteRows}
          defaultValue={f.value("note")}
          error={f.error("note")}
        />
        <SubmitButton pendingText="Even geduld…">Notitie toevoegen</SubmitButton>
      </form>
    </ActionPanel>
  );
}
