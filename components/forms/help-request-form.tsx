"use client";

import { useActionState, useState } from "react";
import { FORM_TOKEN_FIELD, type FormState } from "@/lib/forms/form-state";
import { HELP_REQUEST_CONSENT_TEXT } from "@/lib/help-requests/consent";
import { MESSAGE_MAX } from "@/lib/validation/fields";
import { HELP_REQUEST_FIELD_NAMES, type HelpRequestField } from "@/lib/validation/help-request-schema";
import {
  AGE_GROUP_OPTIONS,
  CONTACT_TIME_OPTIONS,
  LANGUAGE_OPTIONS,
  NEED_OPTIONS,
  NEIGHBOURHOOD_UNKNOWN,
  REQUEST_FOR_OPTIONS,
  SUBJECT_AWARENESS_OPTIONS,
} from "@/lib/validation/options";
import { CheckboxGroup, RadioGroup } from "./choice-group";
import { ConsentCheckbox } from "./consent-checkbox";
import { FormErrorSummary } from "./form-error-summary";
import { fieldAccess, useEnhanced } from "./form-helpers";
import { Honeypot } from "./honeypot";
import { SelectField } from "./select-field";
import { SubmitButton } from "./submit-button";
import { TextArea } from "./text-area";
import { TextField } from "./text-field";

export interface NeighbourhoodChoice {
  slug: string;
  name: string;
}

interface HelpRequestFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialState: FormState;
  neighbourhoods: readonly NeighbourhoodChoice[];
  phoneNumber: string;
}

/**
 * The "Hulp nodig?" form. A plain HTML form posting to a server action: it
 * works without JavaScript; with JavaScript it stays on the page, focuses the
 * error summary and only shows the questions that apply.
 */
export function HelpRequestForm({ action, initialState, neighbourhoods, phoneNumber }: HelpRequestFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  // A new key for every answer from the server: the fields are mounted afresh
  // with what the person typed (React resets a form after its action runs).
  return (
    <HelpRequestFields
      key={state.submission}
      state={state}
      formAction={formAction}
      neighbourhoods={neighbourhoods}
      phoneNumber={phoneNumber}
    />
  );
}

type Mode = "self" | "other" | "unknown";

function HelpRequestFields({
  state,
  formAction,
  neighbourhoods,
  phoneNumber,
}: {
  state: FormState;
  formAction: (formData: FormData) => void;
  neighbourhoods: readonly NeighbourhoodChoice[];
  phoneNumber: string;
}) {
  const f = fieldAccess<HelpRequestField>(state);
  const enhanced = useEnhanced();
  const [requestFor, setRequestFor] = useState(f.value("requestFor"));
  const mode: Mode = requestFor === "SELF" ? "self" : requestFor === "SOMEONE_ELSE" ? "other" : "unknown";
  // Without JavaScript the questions for "someone else" are always there (with a hint);
  // with JavaScript they appear once "Voor iemand anders" is chosen.
  const showOther = !enhanced || mode === "other";
  const personal = mode !== "other"; // autocomplete only fills in the person's own details

  const text = {
    personLegend: {
      self: "Over jou",
      other: "Over de persoon die hulp nodig heeft",
      unknown: "Over wie hulp nodig heeft",
    }[mode],
    firstName: { self: "Je voornaam", other: "Voornaam van die persoon", unknown: "Voornaam" }[mode],
    firstNameHint:
      mode === "unknown"
        ? "Vraag je hulp voor iemand anders? Vul dan de voornaam van die persoon in."
        : undefined,
    phone: { self: "Je telefoonnummer", other: "Telefoonnummer van die persoon", unknown: "Telefoonnummer" }[
      mode
    ],
    phoneHint: {
      self: "Bijvoorbeeld 0470 12 34 56. Vul een telefoonnummer of een e-mailadres in, of allebei.",
      other: "We bellen eerst jou. Daarna vragen we die persoon zelf of die hulp wil.",
      unknown:
        "Bijvoorbeeld 0470 12 34 56. Voor jezelf: vul een telefoonnummer of een e-mailadres in. Voor iemand anders: niet verplicht.",
    }[mode],
    email: { self: "Je e-mailadres", other: "E-mailadres van die persoon", unknown: "E-mailadres" }[mode],
    neighbourhood: {
      self: "In welke wijk woon je?",
      other: "In welke wijk woont die persoon?",
      unknown: "In welke wijk of deelgemeente?",
    }[mode],
    address: { self: "Je adres", other: "Adres van die persoon", unknown: "Adres" }[mode],
    age: { self: "Hoe oud ben je?", other: "Hoe oud is die persoon?", unknown: "Leeftijd" }[mode],
    callTime: mode === "other" ? "Wanneer bellen we jou het best?" : "Wanneer bellen we het best?",
  };

  return (
    <form action={formAction} noValidate className="relative">
      <FormErrorSummary
        state={state}
        fieldOrder={HELP_REQUEST_FIELD_NAMES}
        phoneNumber={phoneNumber}
        texts={{
          subject: "Je vraag",
          button: "Vraag versturen",
          rateLimited: "Je hebt al enkele vragen verstuurd.",
        }}
      />
      <input type="hidden" name={FORM_TOKEN_FIELD} value={state.token} />

      <RadioGroup
        name="requestFor"
        legend="Voor wie vraag je hulp?"
        options={REQUEST_FOR_OPTIONS}
        defaultValue={f.value("requestFor")}
        error={f.error("requestFor")}
        onChange={(event) => setRequestFor(event.target.value)}
      />

      <div hidden={!showOther} className="bg-brand-50 mb-8 rounded-md p-4 sm:p-6">
        <h3 className="mb-1 text-2xl font-bold">Je vraagt hulp voor iemand anders</h3>
        {!enhanced ? (
          <p className="text-muted mb-6 text-base">
            Vul dit deel alleen in als je hulp vraagt voor iemand anders.
          </p>
        ) : (
          <div className="mb-6" />
        )}
        <RadioGroup
          name="subjectAwareness"
          legend="Weet die persoon dat je hulp vraagt?"
          hint="We vragen die persoon altijd zelf of die hulp wil."
          options={SUBJECT_AWARENESS_OPTIONS}
          defaultValue={f.value("subjectAwareness")}
          error={f.error("subjectAwareness")}
          inline
        />
        <fieldset className="mb-2">
          <legend className="mb-1 text-xl font-bold">Over jou</legend>
          <p className="text-muted mb-4 text-base">We bellen eerst jou.</p>
          <TextField
            name="reporterFirstName"
            label="Jouw voornaam"
            autoComplete="given-name"
            width="medium"
            spellCheck={false}
            defaultValue={f.value("reporterFirstName")}
            error={f.error("reporterFirstName")}
          />
          <TextField
            name="reporterPhone"
            label="Jouw telefoonnummer"
            hint="Bijvoorbeeld 0470 12 34 56. Vul een telefoonnummer of een e-mailadres in, of allebei."
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            width="medium"
            defaultValue={f.value("reporterPhone")}
            error={f.error("reporterPhone")}
          />
          <TextField
            name="reporterEmail"
            label="Jouw e-mailadres"
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue={f.value("reporterEmail")}
            error={f.error("reporterEmail")}
          />
          <TextField
            name="reporterRelation"
            label="Wie ben jij voor die persoon?"
            hint="Bijvoorbeeld: buurvrouw, zoon, vriend."
            optional
            width="medium"
            defaultValue={f.value("reporterRelation")}
            error={f.error("reporterRelation")}
          />
        </fieldset>
      </div>

      <CheckboxGroup
        name="needs"
        legend="Wat zou helpen?"
        hint="Kies alles wat past."
        options={NEED_OPTIONS}
        defaultValues={f.list("needs")}
        error={f.error("needs")}
      />

      <TextArea
        name="message"
        label="Wil je iets meer vertellen?"
        hint={`Bijvoorbeeld wat je graag doet, of wat moeilijk gaat. Schrijf maximaal ${MESSAGE_MAX} tekens.`}
        optional
        defaultValue={f.value("message")}
        error={f.error("message")}
      />

      <fieldset className="mb-2">
        <legend className="mb-4 text-2xl font-bold">{text.personLegend}</legend>
        <TextField
          name="firstName"
          label={text.firstName}
          hint={text.firstNameHint}
          autoComplete={personal ? "given-name" : "off"}
          width="medium"
          spellCheck={false}
          defaultValue={f.value("firstName")}
          error={f.error("firstName")}
        />
        <TextField
          name="phone"
          label={text.phone}
          hint={text.phoneHint}
          optional={mode === "other"}
          type="tel"
          autoComplete={personal ? "tel" : "off"}
          inputMode="tel"
          width="medium"
          defaultValue={f.value("phone")}
          error={f.error("phone")}
        />
        <TextField
          name="email"
          label={text.email}
          optional={mode === "other"}
          type="email"
          autoComplete={personal ? "email" : "off"}
          spellCheck={false}
          defaultValue={f.value("email")}
          error={f.error("email")}
        />
        <SelectField
          name="neighbourhood"
          label={text.neighbourhood}
          hint="Zo zoeken we hulp dicht bij huis."
          optional
          options={[
            { value: "", label: "Kies een wijk" },
            ...neighbourhoods.map((n) => ({ value: n.slug, label: n.name })),
            { value: NEIGHBOURHOOD_UNKNOWN, label: "Ik weet het niet / niet in de lijst" },
          ]}
          defaultValue={f.value("neighbourhood")}
          error={f.error("neighbourhood")}
        />
        <fieldset className="mb-8">
          <legend className="text-xl font-bold">
            {text.address}
            <span className="font-normal"> (niet verplicht)</span>
          </legend>
          <p className="text-muted mt-1 mb-4 text-base">
            Alleen nodig als je wijk niet in de lijst staat, of als we langs mogen komen.
          </p>
          <TextField
            name="streetAddress"
            label="Straat en huisnummer"
            autoComplete={personal ? "street-address" : "off"}
            defaultValue={f.value("streetAddress")}
            error={f.error("streetAddress")}
          />
          <TextField
            name="postalCode"
            label="Postcode"
            hint="Bijvoorbeeld 2800."
            autoComplete={personal ? "postal-code" : "off"}
            inputMode="numeric"
            width="short"
            defaultValue={f.value("postalCode")}
            error={f.error("postalCode")}
          />
        </fieldset>
        <RadioGroup
          name="ageGroup"
          legend={text.age}
          hint="Zo weten we beter welk aanbod past."
          optional
          options={[...AGE_GROUP_OPTIONS, { value: "", label: "Zeg ik liever niet" }]}
          defaultValue={f.value("ageGroup")}
          error={f.error("ageGroup")}
        />
      </fieldset>

      <RadioGroup
        name="bestTimeToCall"
        legend={text.callTime}
        optional
        options={CONTACT_TIME_OPTIONS}
        defaultValue={f.value("bestTimeToCall")}
        error={f.error("bestTimeToCall")}
      />

      <SelectField
        name="language"
        label="In welke taal praten we het liefst?"
        hint="We zoeken iemand die je taal spreekt, als dat kan."
        options={LANGUAGE_OPTIONS}
        defaultValue={f.value("language") || "nl"}
        error={f.error("language")}
      />

      <ConsentCheckbox
        name="consent"
        label={HELP_REQUEST_CONSENT_TEXT}
        hint={
          <>
            <a href="/privacy" className="text-brand-700 underline underline-offset-4">
              Lees hoe we met je gegevens omgaan
            </a>
            .
            {mode !== "self"
              ? " Vraag je hulp voor iemand anders? Dan vragen we die persoon zelf ook of die akkoord is."
              : null}
          </>
        }
        defaultChecked={f.value("consent") === "yes"}
        error={f.error("consent")}
      />

      <Honeypot />
      <SubmitButton pendingText="Even geduld: we versturen je vraag.">Vraag versturen</SubmitButton>
    </form>
  );
}
