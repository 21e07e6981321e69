"use client";

import { useActionState } from "react";
import { RadioGroup } from "@/components/forms/choice-group";
import { StateErrorSummary } from "@/components/forms/state-error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { SETTINGS_FIELD_ORDER, SETTINGS_LIMITS } from "@/lib/validation/settings-schema";
import type { SettingsState } from "@/app/beheer/instellingen/settings-state";
import { SETTING_LABELS } from "./admin-setting-labels";
import { AdminSuccessPanel } from "./admin-success-panel";

const range = (key: keyof typeof SETTINGS_LIMITS) =>
  `Een getal van ${SETTINGS_LIMITS[key].min} tot ${SETTINGS_LIMITS[key].max}.`;

/** The settings an admin can change, in one form that works without JavaScript. */
export function AdminSettingsForm({
  action,
  initialState,
}: {
  action: (s: SettingsState, f: FormData) => Promise<SettingsState>;
  initialState: SettingsState;
}) {
  const [state, formAction] = useActionState(action, initialState);
  const value = (name: string) => state.values[name] ?? "";
  return (
    <form key={state.attempt} action={formAction} noValidate className="max-w-2xl">
      <StateErrorSummary
        title="De instellingen zijn niet bewaard"
        fieldOrder={SETTINGS_FIELD_ORDER}
        errors={state.errors}
        message={state.message}
      />
      {state.saved ? (
        <AdminSuccessPanel title="Instellingen bewaard">
          {state.saved.length > 0 ? (
            <ul className="list-disc space-y-1 pl-6">
              {state.saved.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p>Er was niets gewijzigd.</p>
          )}
        </AdminSuccessPanel>
      ) : null}

      <h2 className="mb-4 text-2xl font-bold">Stad</h2>
      <TextField
        name="cityName"
        label={SETTING_LABELS.cityName}
        hint="Staat op de website en in e-mails."
        defaultValue={value("cityName")}
        error={state.errors.cityName}
        width="medium"
      />
      <TextField
        name="phoneNumber"
        label={SETTING_LABELS.phoneNumber}
        hint="Staat bovenaan elke pagina. Schrijf het zoals mensen het lezen, bijvoorbeeld 0800 12 345."
        type="tel"
        defaultValue={value("phoneNumber")}
        error={state.errors.phoneNumber}
        width="medium"
      />

      <h2 className="mb-4 text-2xl font-bold">Terugbellen</h2>
      <TextField
        name="slaHours"
        label={SETTING_LABELS.slaHours}
        hint={`Hoeveel uur na een aanvraag bellen we ten laatste terug? Meestal 24. ${range("slaHours")} Geldt voor nieuwe aanvragen.`}
        inputMode="numeric"
        width="short"
        defaultValue={value("slaHours")}
        error={state.errors.slaHours}
      />
      <RadioGroup
        name="slaWorkingDaysOnly"
        legend="Welke uren tellen mee?"
        options={[
          {
            value: "no",
            label: "Alle uren",
            hint: "Ook 's nachts, in het weekend en op feestdagen.",
          },
          {
            value: "yes",
            label: "Alleen werkdagen",
            hint: "Maandag tot vrijdag, zonder Belgische feestdagen. In het weekend staat de klok stil.",
          },
        ]}
        defaultValue={value("slaWorkingDaysOnly")}
        error={state.errors.slaWorkingDaysOnly}
      />

      <h2 className="mb-4 text-2xl font-bold">Bewaren van gegevens</h2>
      <TextField
        name="retentionMonths"
        label={SETTING_LABELS.retentionMonths}
        hint={`Zo lang na het afsluiten van een aanvraag maken we de persoonsgegevens anoniem. De cijfers blijven. ${range("retentionMonths")}`}
        inputMode="numeric"
        width="short"
        defaultValue={value("retentionMonths")}
        error={state.errors.retentionMonths}
      />
      <TextField
        name="declinedRetentionMonths"
        label={SETTING_LABELS.declinedRetentionMonths}
        hint={`Iemand anders vroeg hulp, maar de persoon zelf wil geen hulp. ${range("declinedRetentionMonths")}`}
        inputMode="numeric"
        width="short"
        defaultValue={value("declinedRetentionMonths")}
        error={state.errors.declinedRetentionMonths}
      />
      <TextField
        name="volunteerIntakeSlots"
        label={SETTING_LABELS.volunteerIntakeSlots}
        hint="Elke week, in gesprekken van een half uur. Schrijf de dag en de uren, gescheiden door een komma: di 14:00-16:00, do 18:00-20:00."
        defaultValue={value("volunteerIntakeSlots")}
        error={state.errors.volunteerIntakeSlots}
      />
      <SubmitButton pendingText="Even geduld, we bewaren de instellingen…">Instellingen bewaren</SubmitButton>
    </form>
  );
}
