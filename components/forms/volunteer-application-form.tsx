"use client";

import { useActionState } from "react";
import { FORM_TOKEN_FIELD, type FormState } from "@/lib/forms/form-state";
import { MESSAGE_MAX } from "@/lib/validation/fields";
import {
  DAY_PARTS,
  MAX_ACTIVE_LINKS_OPTIONS,
  NEIGHBOURHOOD_UNKNOWN,
  VOLUNTEER_ACTIVITY_OPTIONS,
  VOLUNTEER_LANGUAGE_OPTIONS,
  WEEKDAYS,
} from "@/lib/validation/options";
import {
  VOLUNTEER_APPLICATION_FIELD_NAMES,
  type VolunteerApplicationField,
} from "@/lib/validation/volunteer-application-schema";
import { VOLUNTEER_CONSENT_TEXT } from "@/lib/volunteers/consent";
import { CheckboxGroup, RadioGroup } from "./choice-group";
import { ConsentCheckbox } from "./consent-checkbox";
import {
  errorGroupClass,
  errorId,
  ErrorText,
  fieldGroupClass,
  Hint,
  hintId,
  legendClass,
  Optional,
} from "./field-parts";
import { FormErrorSummary } from "./form-error-summary";
import { fieldAccess } from "./form-helpers";
import { Honeypot } from "./honeypot";
import type { NeighbourhoodChoice } from "./help-request-form";
import { SelectField } from "./select-field";
import { SubmitButton } from "./submit-button";
import { TextArea } from "./text-area";
import { TextField } from "./text-field";

interface VolunteerApplicationFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialState: FormState;
  neighbourhoods: readonly NeighbourhoodChoice[];
  phoneNumber: string;
}

/** The sign-up form for caring neighbours (/ik-wil-helpen): same kit and qualities as the help form. */
export function VolunteerApplicationForm({
  action,
  initialState,
  neighbourhoods,
  phoneNumber,
}: VolunteerApplicationFormProps) {
  const [state, formAction] = useActionState(action, initialState);
  return (
    <VolunteerFields
      key={state.submission}
      state={state}
      formAction={formAction}
      neighbourhoods={neighbourhoods}
      phoneNumber={phoneNumber}
    />
  );
}

function VolunteerFields({
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
  const f = fieldAccess<VolunteerApplicationField>(state);
  const isFirstRender = state.submission === 0;
  const availability = f.list("availability");

  return (
    <form action={formAction} noValidate className="relative">
      <FormErrorSummary
        state={state}
        fieldOrder={VOLUNTEER_APPLICATION_FIELD_NAMES}
        phoneNumber={phoneNumber}
        texts={{
          subject: "Je aanmelding",
          button: "Aanmelding versturen",
          rateLimited: "Je hebt je al enkele keren aangemeld.",
        }}
      />
      <input type="hidden" name={FORM_TOKEN_FIELD} value={state.token} />

      <fieldset className="mb-2">
        <legend className="mb-4 text-2xl font-bold">Over jou</legend>
        <TextField
          name="firstName"
          label="Je voornaam"
          autoComplete="given-name"
          width="medium"
          spellCheck={false}
          defaultValue={f.value("firstName")}
          error={f.error("firstName")}
        />
        <TextField
          name="lastName"
          label="Je achternaam"
          autoComplete="family-name"
          width="medium"
          spellCheck={false}
          defaultValue={f.value("lastName")}
          error={f.error("lastName")}
        />
        <TextField
          name="phone"
          label="Je telefoonnummer"
          hint="Bijvoorbeeld 0470 12 34 56. Vul een telefoonnummer of een e-mailadres in, of allebei."
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          width="medium"
          defaultValue={f.value("phone")}
          error={f.error("phone")}
        />
        <TextField
          name="email"
          label="Je e-mailadres"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={f.value("email")}
          error={f.error("email")}
        />
        <SelectField
          name="neighbourhood"
          label="In welke wijk woon je?"
          hint="Zo koppelen we je aan iemand dicht bij huis."
          optional
          options={[
            { value: "", label: "Kies een wijk" },
            ...neighbourhoods.map((n) => ({ value: n.slug, label: n.name })),
            { value: NEIGHBOURHOOD_UNKNOWN, label: "Ik weet het niet / niet in de lijst" },
          ]}
          defaultValue={f.value("neighbourhood")}
          error={f.error("neighbourhood")}
        />
      </fieldset>

      <CheckboxGroup
        name="activities"
        legend="Wat zou je graag doen?"
        hint="Kies alles wat je graag doet."
        options={VOLUNTEER_ACTIVITY_OPTIONS}
        defaultValues={f.list("activities")}
        error={f.error("activities")}
      />

      <CheckboxGroup
        name="languages"
        legend="Welke talen spreek je?"
        hint="Spreek je nog een andere taal? Vertel het ons in het kennismakingsgesprek."
        options={VOLUNTEER_LANGUAGE_OPTIONS}
        // Dutch is ticked the first time; after that, exactly what the person chose.
        defaultValues={isFirstRender ? ["nl"] : f.list("languages")}
        error={f.error("languages")}
      />

      <fieldset
        className={`${fieldGroupClass} ${f.error("availability") ? errorGroupClass : ""}`}
        aria-describedby={[
          hintId("availability-group"),
          f.error("availability") ? errorId("availability-group") : "",
        ]
          .join(" ")
          .trim()}
      >
        <legend className={legendClass}>
          Wanneer heb je meestal tijd?
          <Optional optional />
        </legend>
        <Hint id={hintId("availability-group")}>
          Kies de dagdelen die passen. Weet je het nog niet? Dan bespreken we het in het gesprek.
        </Hint>
        <ErrorText id={errorId("availability-group")} message={f.error("availability")} />
        <div className="mt-4 grid gap-x-8 sm:grid-cols-2">
          {WEEKDAYS.map((day, index) => (
            <CheckboxGroup
              key={day.key}
              name="availability"
              firstId={index === 0 ? "availability" : `availability-${day.key.toLowerCase()}`}
              legend={day.label}
              nested
              inline
              options={DAY_PARTS.map((part) => ({ value: `${day.key}_${part.key}`, label: part.label }))}
              defaultValues={availability}
            />
          ))}
        </div>
      </fieldset>

      <RadioGroup
        name="maxActiveLinks"
        legend="Met hoeveel mensen wil je tegelijk contact hebben?"
        hint="Je kan dit later altijd veranderen."
        options={MAX_ACTIVE_LINKS_OPTIONS}
        defaultValue={f.value("maxActiveLinks") || "2"}
        error={f.error("maxActiveLinks")}
        inline
      />

      <TextArea
        name="motivation"
        label="Waarom wil je zorgzame buur worden?"
        hint={`Een paar woorden is genoeg. Schrijf maximaal ${MESSAGE_MAX} tekens.`}
        optional
        defaultValue={f.value("motivation")}
        error={f.error("motivation")}
      />

      <ConsentCheckbox
        name="consent"
        label={VOLUNTEER_CONSENT_TEXT}
        hint={
          <a href="/privacy" className="text-brand-700 underline underline-offset-4">
            Lees hoe we met je gegevens omgaan.
          </a>
        }
        defaultChecked={f.value("consent") === "yes"}
        error={f.error("consent")}
      />

      <Honeypot />
      <SubmitButton pendingText="Even geduld: we versturen je aanmelding.">Aanmelding versturen</SubmitButton>
    </form>
  );
}
