"use client";

// The form under the suggestions of a request's page: pick one of the ranked
// caring neighbours (each with its reasons), what they will do, and whether
// it is once or recurring with a plan. A plain HTML form posting to
// proposeLinkAction: it works without JavaScript and by keyboard alone.
import { RadioGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import {
  DURATION_WEEKS_MAX,
  LINK_KIND_OPTIONS,
  TIMES_PER_WEEK_MAX,
} from "@/lib/validation/propose-link-schema";
import { RequestActionForm, type ForRequest } from "../request-action-kit";

export interface SuggestionChoice {
  volunteerId: string;
  name: string;
  /** "zelfde wijk · spreekt Frans · 0 van 2 koppelingen · …" */
  explanation: string;
}

const FIELD_ORDER = [
  "volunteerId",
  "activity",
  "kind",
  "plan",
  "timesPerWeek",
  "durationWeeks",
  "startsOn",
] as const;

/** How often and how long: asked for a recurring link. */
const PLAN_COUNTS = [
  {
    name: "timesPerWeek",
    label: "Hoe vaak per week?",
    hint: `Bij een terugkerende koppeling. Een getal van 1 tot ${TIMES_PER_WEEK_MAX}.`,
  },
  {
    name: "durationWeeks",
    label: "Hoeveel weken?",
    hint: `Bij een terugkerende koppeling. Een getal van 1 tot ${DURATION_WEEKS_MAX}.`,
  },
] as const;

export function ProposeLinkForm({
  suggestions,
  activities,
  ...props
}: ForRequest & {
  suggestions: readonly SuggestionChoice[];
  /** The request's needs a volunteer can do, the first one chosen by default. */
  activities: readonly { value: string; label: string }[];
}) {
  return (
    <RequestActionForm
      {...props}
      prefix="koppelen"
      title="Een zorgzame buur voorstellen"
      intro="De vrijwilliger krijgt een e-mail om aan te melden en ja of nee te zeggen. In de e-mail staat niets over de persoon."
      fieldOrder={FIELD_ORDER}
      submitLabel="Voorstellen"
    >
      {(f) => (
        <>
          <RadioGroup
            {...f.radio("volunteerId", suggestions[0]?.volunteerId)}
            legend="Wie stel je voor?"
            hint="De beste eerst: wijk, taal, wanneer beschikbaar, hoeveel koppelingen al, en wie het langst wacht."
            options={suggestions.map((s) => ({ value: s.volunteerId, label: s.name, hint: s.explanation }))}
          />
          <SelectField
            {...f.field("activity", activities[0]?.value)}
            label="Wat zal de vrijwilliger doen?"
            options={activities}
          />
          <RadioGroup
            {...f.radio("kind", "ONE_OFF")}
            legend="Eén keer of terugkerend?"
            options={LINK_KIND_OPTIONS}
          />
          <TextArea
            {...f.field("plan")}
            label="Plan"
            hint="Wat spreken jullie af? Bijvoorbeeld 'twee keer per week bellen'. Nodig bij een terugkerende koppeling."
            optional
            rows={2}
          />
          {PLAN_COUNTS.map((c) => (
            <TextField
              key={c.name}
              {...f.field(c.name)}
              label={c.label}
              hint={c.hint}
              inputMode="numeric"
              width="short"
              optional
            />
          ))}
          <TextField {...f.field("startsOn")} type="date" label="Vanaf wanneer?" optional width="medium" />
        </>
      )}
    </RequestActionForm>
  );
}
