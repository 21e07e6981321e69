"use client";

// Fields that several action forms on a request's page ask: the note and the
// six De Jong Gierveld statements.
import type { ReactNode } from "react";
import { RadioGroup } from "@/components/forms/choice-group";
import { errorGroupClass, fieldGroupClass, legendClass, Optional } from "@/components/forms/field-parts";
import { TextArea } from "@/components/forms/text-area";
import {
  LONELINESS_ANSWER_LABELS,
  LONELINESS_ANSWERS,
  LONELINESS_ITEMS,
} from "@/lib/help-requests/loneliness-scale";
import { LONELINESS_ITEM_FIELDS } from "@/lib/validation/staff-request-schemas";
import type { RequestActionFields } from "./request-action-kit";

/** The free note at the end of most action forms. */
export function NoteField({
  f,
  label,
  hint,
  optional = true,
}: {
  f: RequestActionFields;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
}) {
  return <TextArea {...f.field("note")} label={label} hint={hint} optional={optional} rows={3} />;
}

const ANSWER_OPTIONS = LONELINESS_ANSWERS.map((value) => ({ value, label: LONELINESS_ANSWER_LABELS[value] }));

/**
 * The 6-item De Jong Gierveld loneliness scale, in its standard Dutch wording,
 * each statement answered "ja", "min of meer" or "nee". Optional: all six or none.
 */
export function LonelinessScaleFields({ f }: { f: RequestActionFields }) {
  const groupError = LONELINESS_ITEM_FIELDS.some((name) => f.error(name));
  return (
    <fieldset className={`${fieldGroupClass} ${groupError ? errorGroupClass : ""}`}>
      <legend className={legendClass}>
        Eenzaamheidsschaal van De Jong Gierveld
        <Optional optional />
      </legend>
      <div className="text-muted mt-1 mb-4 space-y-1 text-base">
        <p>
          Lees voor: &ldquo;Ik lees zes uitspraken voor. Zeg telkens of die op jou van toepassing is, zoals je
          je de laatste tijd voelt: ja, min of meer, of nee.&rdquo;
        </p>
        <p>Beantwoord alle zes, of laat ze alle zes leeg.</p>
      </div>
      {LONELINESS_ITEMS.map((item, index) => {
        const name = LONELINESS_ITEM_FIELDS[index]!;
        return (
          <RadioGroup
            key={name}
            {...f.radio(name)}
            legend={`${item.number}. ${item.text}`}
            options={ANSWER_OPTIONS}
            nested
            inline
          />
        );
      })}
    </fieldset>
  );
}
