"use client";

import { useState } from "react";
import { HELP_REQUEST_CONSENT_TEXT } from "@/lib/help-requests/consent";
import { MESSAGE_MAX } from "@/lib/validation/fields";
import { HELP_REQUEST_FIELD_NAMES, type HelpRequestField } from "@/lib/validation/help-request-schema";
import {
  AGE_GROUP_OPTIONS,
  CONTACT_TIME_OPTIONS,
  LANGUAGE_OPTIONS,
  NEED_OPTIONS,
  REQUEST_FOR_OPTIONS,
  SUBJECT_AWARENESS_OPTIONS,
} from "@/lib/validation/options";
import { CheckboxGroup, RadioGroup } from "./choice-group";
import { ConsentCheckbox } from "./consent-checkbox";
import { fieldAccess, useEnhanced } from "./form-helpers";
import { EmailField, NameField, NeighbourhoodSelect, PHONE_OR_EMAIL_HINT, PhoneField } from "./person-fields";
import { PublicForm, type PublicFormProps, type QuestionsProps } from "./public-form";
import { SelectField } from "./select-field";
import { TextArea } from "./text-area";
import { TextField } from "./text-field";

/**
 * The "Hulp nodig?" form. It works without JavaScript; with JavaScript it
 * stays on the page, focuses the error summary and only shows the questions
 * that apply.
 */
export function HelpRequestForm(props: PublicFormProps) {
  return (
    <PublicForm
      {...props}
      fieldOrder={HELP_REQUEST_FIELD_NAMES}
      texts={{
        subject: "Je vraag",
        button: "Vraag versturen",
        rateLimited: "Je hebt al enkele vragen verstuurd.",
      }}
      pendingText="Even geduld: we versturen je vraag."
      Questions={HelpRequestQuestions}
    />
  );
}

type Mode = "self" | "other" | "unknown";

function HelpRequestQuestions({ state, neighbourhoods }: QuestionsProps) {
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
      self: PHONE_OR_EMAIL_HINT,
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
    <>
      <RadioGroup
        {...f.field("requestFor")}
        legend="Voor wie vraag je hulp?"
        options={REQUEST_FOR_OPTIONS}
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
          {...f.field("subjectAwareness")}
          legend="Weet die persoon dat je hulp vraagt?"
          hint="We vragen die persoon altijd zelf of die hulp wil."
          options={SUBJECT_AWARENESS_OPTIONS}
          inline
        />
        <fieldset className="mb-2">
          <legend className="mb-1 text-xl font-bold">Over jou</legend>
          <p className="text-muted mb-4 text-base">We bellen eerst jou.</p>
          <NameField {...f.field("reporterFirstName")} label="Jouw voornaam" />
          <PhoneField {...f.field("reporterPhone")} label="Jouw telefoonnummer" hint={PHONE_OR_EMAIL_HINT} />
          <EmailField {...f.field("reporterEmail")} label="Jouw e-mailadres" />
          <TextField
            {...f.field("reporterRelation")}
            label="Wie ben jij voor die persoon?"
            hint="Bijvoorbeeld: buurvrouw, zoon, vriend."
            optional
            width="medium"
          />
        </fieldset>
      </div>

      <CheckboxGroup
        {...f.checkboxes("needs")}
        legend="Wat zou helpen?"
        hint="Kies alles wat past."
        options={NEED_OPTIONS}
      />

      <TextArea
        {...f.field("message")}
        label="Wil je iets meer vertellen?"
        hint={`Bijvoorbeeld wat je graag doet, of wat moeilijk gaat. Schrijf maximaal ${MESSAGE_MAX} tekens.`}
        optional
      />

      <fieldset className="mb-2">
        <legend className="mb-4 text-2xl font-bold">{text.personLegend}</legend>
        <NameField
          {...f.field("firstName")}
          label={text.firstName}
          hint={text.firstNameHint}
          ownDetails={personal}
        />
        <PhoneField
          {...f.field("phone")}
          label={text.phone}
          hint={text.phoneHint}
          optional={mode === "other"}
          ownDetails={personal}
        />
        <EmailField
          {...f.field("email")}
          label={text.email}
          optional={mode === "other"}
          ownDetails={personal}
        />
        <NeighbourhoodSelect
          {...f.field("neighbourhood")}
          label={text.neighbourhood}
          hint="Zo zoeken we hulp dicht bij huis."
          neighbourhoods={neighbourhoods}
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
            {...f.field("streetAddress")}
            label="Straat en huisnummer"
            autoComplete={personal ? "street-address" : "off"}
          />
          <TextField
            {...f.field("postalCode")}
            label="Postcode"
            hint="Bijvoorbeeld 2800."
            autoComplete={personal ? "postal-code" : "off"}
            inputMode="numeric"
            width="short"
          />
        </fieldset>
        <RadioGroup
          {...f.field("ageGroup")}
          legend={text.age}
          hint="Zo weten we beter welk aanbod past."
          optional
          options={[...AGE_GROUP_OPTIONS, { value: "", label: "Zeg ik liever niet" }]}
        />
      </fieldset>

      <RadioGroup
        {...f.field("bestTimeToCall")}
        legend={text.callTime}
        optional
        options={CONTACT_TIME_OPTIONS}
      />

      <SelectField
        {...f.field("language", "nl")}
        label="In welke taal praten we het liefst?"
        hint="We zoeken iemand die je taal spreekt, als dat kan."
        options={LANGUAGE_OPTIONS}
      />

      <ConsentCheckbox
        {...f.checkbox("consent")}
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
      />
    </>
  );
}
