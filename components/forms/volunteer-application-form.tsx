"use client";

import { MESSAGE_MAX } from "@/lib/validation/fields";
import {
  DAY_PARTS,
  MAX_ACTIVE_LINKS_OPTIONS,
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
import { Fieldset } from "./field";
import { fieldAccess } from "./form-helpers";
import { EmailField, NameField, NeighbourhoodSelect, PHONE_OR_EMAIL_HINT, PhoneField } from "./person-fields";
import { PublicForm, type PublicFormProps, type QuestionsProps } from "./public-form";
import { TextArea } from "./text-area";

/** The sign-up form for caring neighbours (/ik-wil-helpen): same kit and qualities as the help form. */
export function VolunteerApplicationForm(props: PublicFormProps) {
  return (
    <PublicForm
      {...props}
      fieldOrder={VOLUNTEER_APPLICATION_FIELD_NAMES}
      texts={{
        subject: "Je aanmelding",
        button: "Aanmelding versturen",
        rateLimited: "Je hebt je al enkele keren aangemeld.",
      }}
      pendingText="Even geduld: we versturen je aanmelding."
      Questions={VolunteerQuestions}
    />
  );
}

function VolunteerQuestions({ state, neighbourhoods }: QuestionsProps) {
  const f = fieldAccess<VolunteerApplicationField>(state);
  const isFirstRender = state.submission === 0;
  const availability = f.list("availability");

  return (
    <>
      <fieldset className="mb-2">
        <legend className="mb-4 text-2xl font-bold">Over jou</legend>
        <NameField {...f.field("firstName")} label="Je voornaam" />
        <NameField {...f.field("lastName")} label="Je achternaam" autoComplete="family-name" />
        <PhoneField {...f.field("phone")} label="Je telefoonnummer" hint={PHONE_OR_EMAIL_HINT} />
        <EmailField {...f.field("email")} label="Je e-mailadres" />
        <NeighbourhoodSelect
          {...f.field("neighbourhood")}
          label="In welke wijk woon je?"
          hint="Zo koppelen we je aan iemand dicht bij huis."
          neighbourhoods={neighbourhoods}
        />
      </fieldset>

      <CheckboxGroup
        {...f.checkboxes("activities")}
        legend="Wat zou je graag doen?"
        hint="Kies alles wat je graag doet."
        options={VOLUNTEER_ACTIVITY_OPTIONS}
      />

      <CheckboxGroup
        {...f.checkboxes("languages")}
        legend="Welke talen spreek je?"
        hint="Spreek je nog een andere taal? Vertel het ons in het kennismakingsgesprek."
        options={VOLUNTEER_LANGUAGE_OPTIONS}
        // Dutch is ticked the first time; after that, exactly what the person chose.
        defaultValues={isFirstRender ? ["nl"] : f.list("languages")}
      />

      <Fieldset
        groupId="availability-group"
        legend="Wanneer heb je meestal tijd?"
        hint="Kies de dagdelen die passen. Weet je het nog niet? Dan bespreken we het in het gesprek."
        error={f.error("availability")}
        optional
      >
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
      </Fieldset>

      <RadioGroup
        {...f.field("maxActiveLinks", "2")}
        legend="Met hoeveel mensen wil je tegelijk contact hebben?"
        hint="Je kan dit later altijd veranderen."
        options={MAX_ACTIVE_LINKS_OPTIONS}
        inline
      />

      <TextArea
        {...f.field("motivation")}
        label="Waarom wil je zorgzame buur worden?"
        hint={`Een paar woorden is genoeg. Schrijf maximaal ${MESSAGE_MAX} tekens.`}
        optional
      />

      <ConsentCheckbox
        {...f.checkbox("consent")}
        label={VOLUNTEER_CONSENT_TEXT}
        hint={
          <a href="/privacy" className="text-brand-700 underline underline-offset-4">
            Lees hoe we met je gegevens omgaan.
          </a>
        }
      />
    </>
  );
}
