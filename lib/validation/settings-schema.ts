// The admin's settings form, shared by the page and lib/settings/update-settings.ts.
// Every field arrives as text; the output has the types of lib/settings/defaults.ts.
import { z } from "@/lib/validation/zod";
import { normalizePhone } from "@/lib/phone/normalize-phone";
import { parseIntakeWindows } from "@/lib/volunteers/intake-slots";
import { choice, requiredText } from "./fields";

export const SETTINGS_LIMITS = {
  slaHours: { min: 1, max: 168 },
  retentionMonths: { min: 1, max: 120 },
  declinedRetentionMonths: { min: 1, max: 24 },
} as const;

export const SETTINGS_MESSAGES = {
  cityNameMissing: "Vul de naam van de stad of gemeente in.",
  cityNameTooLong: "De naam mag hoogstens 80 tekens hebben.",
  phoneMissing: "Vul het gratis telefoonnummer in.",
  phoneInvalid: "Dit telefoonnummer klopt niet. Schrijf het bijvoorbeeld zo: 0800 12 345.",
  slaWorkingDaysMissing: "Kies hoe we de uren tellen.",
  wholeNumber: (min: number, max: number) => `Vul een heel getal in van ${min} tot ${max}.`,
  intakeSlotsMissing:
    "Vul minstens één moment in voor kennismakingsgesprekken, bijvoorbeeld: di 14:00-16:00.",
  intakeSlotsInvalid: (parts: string) =>
    `Deze momenten begrijpen we niet: ${parts}. Schrijf ze zo: di 14:00-16:00, do 18:00-20:00 (minstens een half uur).`,
} as const;

/** A whole number typed in a text field ("24", " 24 "), within limits. */
function wholeNumber({ min, max }: { min: number; max: number }) {
  const message = SETTINGS_MESSAGES.wholeNumber(min, max);
  return z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message))
    .prefault("");
}

/** A Belgian number in any common way of writing (people in the city call it). */
function isBelgianNumber(text: string): boolean {
  return normalizePhone(text)?.startsWith("+32") ?? false;
}

export const settingsFields = z.object({
  cityName: requiredText(
    80,
    SETTINGS_MESSAGES.cityNameMissing,
    SETTINGS_MESSAGES.cityNameTooLong,
    "Naam van de stad",
  ),
  // Kept as the admin typed it (that is how the site shows it), but it must be a real number.
  phoneNumber: z
    .string()
    .trim()
    .min(1, SETTINGS_MESSAGES.phoneMissing)
    .max(40, SETTINGS_MESSAGES.phoneInvalid)
    .refine((v) => v === "" || isBelgianNumber(v), SETTINGS_MESSAGES.phoneInvalid)
    .prefault(""),
  slaHours: wholeNumber(SETTINGS_LIMITS.slaHours),
  slaWorkingDaysOnly: choice(["yes", "no"], SETTINGS_MESSAGES.slaWorkingDaysMissing).transform(
    (v) => v === "yes",
  ),
  retentionMonths: wholeNumber(SETTINGS_LIMITS.retentionMonths),
  declinedRetentionMonths: wholeNumber(SETTINGS_LIMITS.declinedRetentionMonths),
  volunteerIntakeSlots: z
    .string()
    .trim()
    .min(1, SETTINGS_MESSAGES.intakeSlotsMissing)
    .max(200, SETTINGS_MESSAGES.intakeSlotsInvalid("de tekst is te lang"))
    .superRefine((text, ctx) => {
      const { windows, invalid } = parseIntakeWindows(text);
      if (invalid.length > 0) {
        ctx.addIssue({ code: "custom", message: SETTINGS_MESSAGES.intakeSlotsInvalid(invalid.join(", ")) });
      } else if (windows.length === 0) {
        ctx.addIssue({ code: "custom", message: SETTINGS_MESSAGES.intakeSlotsMissing });
      }
    })
    .prefault(""),
});

export const settingsSchema = settingsFields;

export type SettingsFormValues = z.input<typeof settingsSchema>;
export type SettingsInput = z.output<typeof settingsSchema>;
export type SettingsField = keyof SettingsInput;
export const SETTINGS_FIELD_ORDER = Object.keys(settingsFields.shape) as SettingsField[];
