"use client";

import { useActionState, type ComponentType } from "react";
import { FORM_TOKEN_FIELD, type FormState } from "@/lib/forms/form-state";
import { FormErrorSummary, type FormTexts } from "./form-error-summary";
import { Honeypot } from "./honeypot";
import type { NeighbourhoodChoice } from "./person-fields";
import { SubmitButton } from "./submit-button";

/** What a page hands to a public form. */
export interface PublicFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initialState: FormState;
  phoneNumber: string;
  /** The city's neighbourhoods, for the neighbourhood question both forms ask. */
  neighbourhoods: readonly NeighbourhoodChoice[];
}

/** What a form's own questions get: the state of the last answer from the server. */
export interface QuestionsProps {
  state: FormState;
  neighbourhoods: readonly NeighbourhoodChoice[];
}

/**
 * The frame of a public form: a plain HTML form posting to a server action,
 * so it works without JavaScript, with the error summary, the token, the
 * honeypot and the submit button around the form's own questions.
 */
export function PublicForm({
  action,
  initialState,
  phoneNumber,
  neighbourhoods,
  fieldOrder,
  texts,
  pendingText,
  Questions,
}: PublicFormProps & {
  /** The field names in the order of the form: the error summary follows it. */
  fieldOrder: readonly string[];
  texts: FormTexts;
  /** What the button says (to screen readers too) while sending. */
  pendingText: string;
  /** The form's own questions. */
  Questions: ComponentType<QuestionsProps>;
}) {
  const [state, formAction] = useActionState(action, initialState);
  // A new key for every answer from the server: the fields are mounted afresh
  // with what the person typed (React resets a form after its action runs),
  // and the error summary takes focus again.
  return (
    <form key={state.submission} action={formAction} noValidate className="relative">
      <FormErrorSummary state={state} fieldOrder={fieldOrder} phoneNumber={phoneNumber} texts={texts} />
      <input type="hidden" name={FORM_TOKEN_FIELD} value={state.token} />
      <Questions state={state} neighbourhoods={neighbourhoods} />
      <Honeypot />
      <SubmitButton pendingText={pendingText}>{texts.button}</SubmitButton>
    </form>
  );
}
