import { TextField } from "@/components/forms/text-field";

const NEW_PASSWORD_HINT =
  "Minstens 12 tekens, en geen veelgebruikt wachtwoord. Een zin van een paar woorden is sterk en makkelijk te onthouden.";
const NEW_PASSWORD = { type: "password", autoComplete: "new-password", width: "medium" } as const;

/** The new password, typed twice: for the invitation, the reset link and "Mijn wachtwoord wijzigen". */
export function NewPasswordFields({
  errors,
  confirmLabel,
}: {
  errors: Record<string, string>;
  /** The second field's label, in the words of its form. */
  confirmLabel: string;
}) {
  return (
    <>
      <TextField
        name="password"
        label="Nieuw wachtwoord"
        hint={NEW_PASSWORD_HINT}
        {...NEW_PASSWORD}
        error={errors.password}
      />
      <TextField
        name="passwordConfirm"
        label={confirmLabel}
        {...NEW_PASSWORD}
        error={errors.passwordConfirm}
      />
    </>
  );
}
