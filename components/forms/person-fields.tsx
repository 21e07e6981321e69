import { NEIGHBOURHOOD_UNKNOWN } from "@/lib/validation/options";
import { SelectField, type SelectFieldProps } from "./select-field";
import { TextField } from "./text-field";
import type { FieldProps } from "./field";

// The questions about a person that both public forms ask: each kind of
// contact detail gets the same input type, keyboard, width and autocomplete
// wherever it is asked.

/** Under a phone field, where a phone number or an e-mail address will do. */
export const PHONE_OR_EMAIL_HINT =
  "Bijvoorbeeld 0470 12 34 56. Vul een telefoonnummer of een e-mailadres in, of allebei.";

interface PersonFieldProps extends FieldProps {
  /** False when the details are someone else's: the browser must not fill in the person's own. */
  ownDetails?: boolean;
}

export function NameField({
  ownDetails = true,
  autoComplete = "given-name",
  ...field
}: PersonFieldProps & { autoComplete?: "given-name" | "family-name" }) {
  return (
    <TextField
      {...field}
      autoComplete={ownDetails ? autoComplete : "off"}
      width="medium"
      spellCheck={false}
    />
  );
}

export function PhoneField({ ownDetails = true, ...field }: PersonFieldProps) {
  return (
    <TextField
      {...field}
      type="tel"
      autoComplete={ownDetails ? "tel" : "off"}
      inputMode="tel"
      width="medium"
    />
  );
}

export function EmailField({ ownDetails = true, ...field }: PersonFieldProps) {
  return <TextField {...field} type="email" autoComplete={ownDetails ? "email" : "off"} spellCheck={false} />;
}

export interface NeighbourhoodChoice {
  slug: string;
  name: string;
}

/** The neighbourhood, from the city's list or "not known": never required, as not everyone knows it. */
export function NeighbourhoodSelect({
  neighbourhoods,
  ...field
}: Omit<SelectFieldProps, "options" | "optional"> & { neighbourhoods: readonly NeighbourhoodChoice[] }) {
  return (
    <SelectField
      {...field}
      optional
      options={[
        { value: "", label: "Kies een wijk" },
        ...neighbourhoods.map((n) => ({ value: n.slug, label: n.name })),
        { value: NEIGHBOURHOOD_UNKNOWN, label: "Ik weet het niet / niet in de lijst" },
      ]}
    />
  );
}
