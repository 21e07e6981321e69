"use client";

// The intake form for a call to the free number or a request passed on by a
// partner (/beheer/aanvragen/nieuw). Keyboard first: the cursor starts in the
// first field, the order follows the conversation, every choice works with
// Tab, the arrow keys and Space, and Enter sends. A plain HTML form posting to
// a server action, so it also works without JavaScript.
import Link from "next/link";
import { useActionState, useState } from "react";
import {
  INTAKE_TOKEN_FIELD,
  type IntakeDuplicate,
  type IntakeState,
} from "@/app/beheer/aanvragen/nieuw/intake-state";
import { CheckboxGroup, RadioGroup } from "@/components/forms/choice-group";
import { ConsentCheckbox } from "@/components/forms/consent-checkbox";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field } from "@/components/forms/field";
import { inputClass } from "@/components/forms/field-parts";
import { fieldAccess, useEnhanced } from "@/components/forms/form-helpers";
import { EmailField, NameField, PhoneField } from "@/components/forms/person-fields";
import { SelectField, SelectOptions } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { STATUS_LABELS } from "@/lib/help-requests/lifecycle";
import { MESSAGE_MAX } from "@/lib/validation/fields";
import {
  AGE_GROUP_OPTIONS,
  CONTACT_TIME_OPTIONS,
  INTAKE_CHANNEL_OPTIONS,
  LANGUAGE_OPTIONS,
  NEED_OPTIONS,
  NEIGHBOURHOOD_UNKNOWN,
  PARTNER_CHANNELS,
  SUBJECT_AWARENESS_OPTIONS,
} from "@/lib/validation/options";
import type { StaffIntakeField } from "@/lib/validation/staff-intake-schema";
import { FocusBox } from "./focus-box";
import { formatMoment } from "./request-format";

export interface IntakeChoice {
  value: string;
  label: string;
}

interface IntakeFormProps {
  action: (state: IntakeState, formData: FormData) => Promise<IntakeState>;
  initialState: IntakeState;
  neighbourhoods: readonly IntakeChoice[];
  organisations: readonly IntakeChoice[];
}

export function IntakeForm({ action, initialState, neighbourhoods, organisations }: IntakeFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  // A new key for every answer: the fields mount again with what was typed.
  return (
    <IntakeFields
      key={state.attempt}
      state={state}
      formAction={formAction}
      neighbourhoods={neighbourhoods}
      organisations={organisations}
    />
  );
}

const REQUEST_FOR_CHOICES = [
  { value: "SELF", label: "Voor zichzelf" },
  {
    value: "SOMEONE_ELSE",
    label: "Voor iemand anders",
    hint: "Een buur, familielid of partner vraagt hulp voor iemand.",
  },
];

/** The fields in the order of the form, for the error summary. */
const FIELD_ORDER: readonly StaffIntakeField[] = [
  "channel",
  "requestFor",
  "subjectAwareness",
  "reporterFirstName",
  "reporterLastName",
  "reporterPhone",
  "reporterEmail",
  "reporterRelation",
  "reporterOrganisationId",
  "firstName",
  "lastName",
  "phone",
  "email",
  "neighbourhood",
  "streetAddress",
  "postalCode",
  "needs",
  "message",
  "bestTimeToCall",
  "language",
  "ageGroup",
  "consent",
  "contactMade",
  "confirmDuplicate",
];

const isPartner = (channel: string) => (PARTNER_CHANNELS as readonly string[]).includes(channel);

function IntakeFields({
  state,
  formAction,
  neighbourhoods,
  organisations,
}: {
  state: IntakeState;
  formAction: (formData: FormData) => void;
  neighbourhoods: readonly IntakeChoice[];
  organisations: readonly IntakeChoice[];
}) {
  const f = fieldAccess<StaffIntakeField>({
    values: state.values,
    errors: state.errors,
    formError: null,
    token: state.token,
    submission: state.attempt,
  });
  const enhanced = useEnhanced();
  const [channel, setChannel] = useState(f.value("channel") || "PHONE_LINE");
  const [requestFor, setRequestFor] = useState(f.value("requestFor") || "SELF");
  const forOther = requestFor === "SOMEONE_ELSE";
  const partner = isPartner(channel);
  // Without JavaScript every question is there, with a hint saying when it applies.
  const showReporter = !enhanced || forOther || partner;
  const showSelfOnly = !enhanced || !forOther;
  const fieldErrors = FIELD_ORDER.filter((name) => state.errors[name]).map((name) => ({
    fieldId: name,
    message: state.errors[name]!,
  }));
  const otherErrors = Object.entries(state.errors).filter(
    ([name]) => !(FIELD_ORDER as readonly string[]).includes(name),
  );
  const refused = fieldErrors.length > 0 || otherErrors.length > 0 || state.message;

  return (
    <form action={formAction} noValidate className="max-w-3xl">
      {refused ? (
        <ErrorSummary title="Kijk deze punten na" errors={fieldErrors}>
          {fieldErrors.length === 0 ? <p>{state.message}</p> : null}
          {otherErrors.map(([name, message]) => (
            <p key={name}>{message}</p>
          ))}
        </ErrorSummary>
      ) : null}
      {state.duplicates.length > 0 ? <DuplicateWarning duplicates={state.duplicates} /> : null}
      <input type="hidden" name={INTAKE_TOKEN_FIELD} value={state.token} />

      <ChannelSelect value={channel} error={f.error("channel")} onChange={setChannel} />

      <RadioGroup
        name="requestFor"
        legend="Voor wie is de hulp?"
        options={REQUEST_FOR_CHOICES}
        defaultValue={requestFor}
        error={f.error("requestFor")}
        onChange={(event) => setRequestFor(event.target.value)}
      />

      <div hidden={!showReporter} className="bg-brand-50 mb-8 rounded-md p-4 sm:p-6">
        {!enhanced ? (
          <p className="text-muted mb-4 text-base">
            Vul dit deel in als iemand anders de vraag doorgeeft, of als de vraag van een partner komt.
          </p>
        ) : null}
        <div hidden={enhanced && !forOther}>
          <RadioGroup
            {...f.field("subjectAwareness")}
            legend="Weet de persoon dat er hulp gevraagd wordt?"
            hint="Alleen als de hulp voor iemand anders is. We vragen de persoon altijd zelf of die hulp wil."
            options={SUBJECT_AWARENESS_OPTIONS}
            inline
          />
        </div>
        <fieldset>
          <legend className="mb-4 text-xl font-bold">
            {partner && enhanced ? "Contactpersoon bij de partner" : "Wie geeft de vraag door?"}
          </legend>
          <NameField
            {...f.field("reporterFirstName")}
            ownDetails={false}
            label="Voornaam"
            hint={!enhanced ? "Verplicht als de hulp voor iemand anders is." : undefined}
            optional={enhanced && !forOther}
          />
          <NameField {...f.field("reporterLastName")} ownDetails={false} label="Achternaam" optional />
          <PhoneField {...f.field("reporterPhone")} ownDetails={false} label="Telefoonnummer" optional />
          <EmailField
            {...f.field("reporterEmail")}
            ownDetails={false}
            label="E-mailadres"
            hint={
              partner
                ? "Na het eerste contact krijgt de contactpersoon een mail: 'contact gelegd'."
                : undefined
            }
            optional
          />
          <div hidden={enhanced && !forOther}>
            <TextField
              {...f.field("reporterRelation")}
              label="Wie is die voor de persoon?"
              hint="Bijvoorbeeld: buurvrouw, zoon, vriend."
              optional
              width="medium"
              autoComplete="off"
            />
          </div>
          <div hidden={enhanced && !partner}>
            <SelectField
              {...f.field("reporterOrganisationId")}
              label="Organisatie"
              hint={!enhanced ? "Alleen als de vraag van een partner komt." : undefined}
              optional
              options={[{ value: "", label: "Kies een organisatie" }, ...organisations]}
            />
          </div>
        </fieldset>
      </div>

      <fieldset className="mb-2">
        <legend className="mb-4 text-2xl font-bold">Wie hulp nodig heeft</legend>
        <NameField {...f.field("firstName")} ownDetails={false} label="Voornaam" />
        <NameField {...f.field("lastName")} ownDetails={false} label="Achternaam" optional />
        <PhoneField
          {...f.field("phone")}
          ownDetails={false}
          label="Telefoonnummer"
          hint="Bijvoorbeeld 0470 12 34 56. Geef een telefoonnummer, e-mailadres of adres."
        />
        <EmailField {...f.field("email")} ownDetails={false} label="E-mailadres" optional />
        <SelectField
          {...f.field("neighbourhood")}
          label="Wijk of deelgemeente"
          optional
          options={[
            { value: "", label: "Kies een wijk" },
            ...neighbourhoods,
            { value: NEIGHBOURHOOD_UNKNOWN, label: "Weet het niet / niet in de lijst" },
          ]}
        />
        <TextField {...f.field("streetAddress")} label="Straat en huisnummer" optional autoComplete="off" />
        <TextField
          {...f.field("postalCode")}
          label="Postcode"
          optional
          inputMode="numeric"
          width="short"
          autoComplete="off"
        />
      </fieldset>

      <CheckboxGroup
        {...f.checkboxes("needs")}
        legend="Wat zou helpen?"
        hint="Kies alles wat past."
        options={NEED_OPTIONS}
      />
      <TextArea
        {...f.field("message")}
        label="Wat vertelt de persoon?"
        hint={`In een paar woorden. Maximaal ${MESSAGE_MAX} tekens.`}
        optional
        rows={4}
      />
      <RadioGroup
        {...f.field("bestTimeToCall")}
        legend="Wanneer bellen we het best?"
        optional
        options={CONTACT_TIME_OPTIONS}
        inline
      />
      <SelectField {...f.field("language", "nl")} label="Taal" options={LANGUAGE_OPTIONS} />
      <SelectField
        {...f.field("ageGroup")}
        label="Leeftijd"
        optional
        options={[{ value: "", label: "Niet gevraagd" }, ...AGE_GROUP_OPTIONS]}
      />

      <div hidden={!showSelfOnly}>
        <ConsentCheckbox
          {...f.checkbox("consent")}
          label="De persoon gaat akkoord dat de stad deze gegevens gebruikt om te helpen."
          hint={
            enhanced
              ? "Vraag het aan de telefoon."
              : "Vraag het aan de telefoon. Alleen als de hulp voor de persoon zelf is."
          }
        />
        <ConsentCheckbox
          {...f.checkbox("contactMade")}
          label="Ik spreek nu met de persoon zelf: registreer meteen het eerste contact."
          hint="Dan stopt de klok van 24 uur."
        />
      </div>

      <SubmitButton pendingText="Even geduld, de aanvraag wordt geregistreerd…">
        Aanvraag registreren
      </SubmitButton>
    </form>
  );
}

/** How the request came in: chosen already (the free number), and where the cursor starts. */
function ChannelSelect({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field
      name="channel"
      label="Hoe kwam de vraag binnen?"
      hint="Van een partner? Dan vraagt het formulier ook naar de contactpersoon."
      defaultValue={value}
      error={error}
    >
      {(control) => (
        <select
          {...control}
          onChange={(event) => onChange(event.target.value)}
          // Staff open this page to register a call: they start typing at once.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus
          className={`${inputClass(error)} mt-2 max-w-sm`}
        >
          <SelectOptions options={INTAKE_CHANNEL_OPTIONS} />
        </select>
      )}
    </Field>
  );
}

const MATCHED = { phone: "zelfde telefoonnummer", email: "zelfde e-mailadres" } as const;

/**
 * Open requests with the same phone or e-mail: links to them, and the choice
 * to register a new one anyway, with its own button so the keyboard needs
 * only Space, Tab and Enter.
 */
function DuplicateWarning({ duplicates }: { duplicates: readonly IntakeDuplicate[] }) {
  return (
    <FocusBox
      role="alert"
      labelledBy="duplicates-title"
      focusOnLoad
      className="mb-10 rounded-md border-4 border-amber-700 bg-amber-50 p-5"
    >
      <h2 id="duplicates-title" className="text-2xl font-bold">
        {duplicates.length === 1
          ? "Deze persoon heeft al een open aanvraag"
          : `Deze persoon heeft al ${duplicates.length} open aanvragen`}
      </h2>
      <p className="mt-2 text-lg">Er is nog niets bewaard. Kijk eerst of het om dezelfde vraag gaat.</p>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/beheer/aanvragen/${d.id}`} className="text-brand-700 font-mono font-bold underline">
              {d.reference}
            </Link>{" "}
            · {STATUS_LABELS[d.status]} · ontvangen {formatMoment(new Date(d.receivedAt))} ·{" "}
            {d.matchedOn.map((m) => MATCHED[m]).join(" en ")}
          </li>
        ))}
      </ul>
      <ConsentCheckbox name="confirmDuplicate" label="Toch een nieuwe aanvraag registreren" />
      <button
        type="submit"
        className="bg-brand-700 hover:bg-brand-900 min-h-11 rounded-md px-6 py-2 text-lg font-bold text-white"
      >
        Nieuwe aanvraag registreren
      </button>
    </FocusBox>
  );
}
