// The one schema of the volunteer sign-up form (/ik-wil-helpen), shared by the
// form and the server action.
import { z } from "@/lib/validation/zod";
import type { AvailabilitySlot, Need } from "@/lib/generated/prisma/enums";
import {
  ALWAYS,
  checkboxes,
  choice,
  consent,
  email,
  emailOrNull,
  filled,
  MESSAGE_MAX,
  NAME_MAX,
  neighbourhood,
  neighbourhoodSlugOrNull,
  optionValues,
  phone,
  phoneOrNull,
  requiredText,
  text,
} from "./fields";
import {
  AVAILABILITY_SLOTS,
  MAX_ACTIVE_LINKS_OPTIONS,
  VOLUNTEER_ACTIVITY_OPTIONS,
  VOLUNTEER_LANGUAGE_OPTIONS,
} from "./options";

export const VOLUNTEER_MESSAGES = {
  firstNameMissing: "Vul je voornaam in.",
  lastNameMissing: "Vul je achternaam in.",
  nameTooLong: `Een naam is maximaal ${NAME_MAX} tekens lang.`,
  contactMissing: "Geef een telefoonnummer of e-mailadres, zodat we je kunnen bereiken.",
  activitiesMissing: "Kies minstens één ding dat je graag zou doen.",
  languagesMissing: "Kies minstens één taal die je spreekt.",
  maxActiveLinksMissing: "Kies met hoeveel mensen je tegelijk contact wil hebben.",
  motivationTooLong: `Je tekst is te lang. Schrijf maximaal ${MESSAGE_MAX} tekens.`,
  neighbourhoodInvalid: "Kies een wijk uit de lijst.",
  consentMissing:
    "Geef toestemming om je gegevens te gebruiken. Anders kunnen we je aanmelding niet behandelen.",
} as const;

export const volunteerApplicationFields = z.object({
  firstName: requiredText(
    NAME_MAX,
    VOLUNTEER_MESSAGES.firstNameMissing,
    VOLUNTEER_MESSAGES.nameTooLong,
    "Je voornaam",
  ),
  lastName: requiredText(
    NAME_MAX,
    VOLUNTEER_MESSAGES.lastNameMissing,
    VOLUNTEER_MESSAGES.nameTooLong,
    "Je achternaam",
  ),
  phone: phone(),
  email: email(),
  neighbourhood: neighbourhood(VOLUNTEER_MESSAGES.neighbourhoodInvalid),
  activities: checkboxes(optionValues(VOLUNTEER_ACTIVITY_OPTIONS), 1, VOLUNTEER_MESSAGES.activitiesMissing),
  languages: checkboxes(optionValues(VOLUNTEER_LANGUAGE_OPTIONS), 1, VOLUNTEER_MESSAGES.languagesMissing),
  // Optional: the weekly intake interview goes over it again.
  availability: checkboxes(AVAILABILITY_SLOTS as [AvailabilitySlot, ...AvailabilitySlot[]], 0, ""),
  maxActiveLinks: choice(optionValues(MAX_ACTIVE_LINKS_OPTIONS), VOLUNTEER_MESSAGES.maxActiveLinksMissing),
  motivation: text(MESSAGE_MAX, VOLUNTEER_MESSAGES.motivationTooLong, "Waarom wil je zorgzame buur worden?"),
  consent: consent(VOLUNTEER_MESSAGES.consentMissing),
});

export type VolunteerApplicationField = keyof typeof volunteerApplicationFields.shape;
export const VOLUNTEER_APPLICATION_FIELD_NAMES = Object.keys(
  volunteerApplicationFields.shape,
) as VolunteerApplicationField[];

export interface VolunteerApplicationInput {
  firstName: string;
  lastName: string;
  phoneE164: string | null;
  email: string | null;
  neighbourhoodSlug: string | null;
  activities: Need[];
  languages: string[];
  availability: AvailabilitySlot[];
  maxActiveLinks: number;
  motivation: string | null;
}

export const volunteerApplicationSchema = volunteerApplicationFields
  .superRefine((form, ctx) => {
    if (!filled(form.phone) && !filled(form.email)) {
      ctx.addIssue({ code: "custom", path: ["phone"], message: VOLUNTEER_MESSAGES.contactMissing });
    }
  }, ALWAYS)
  .transform((form): VolunteerApplicationInput => ({
    firstName: form.firstName,
    lastName: form.lastName,
    phoneE164: phoneOrNull(form.phone),
    email: emailOrNull(form.email),
    neighbourhoodSlug: neighbourhoodSlugOrNull(form.neighbourhood),
    activities: [...new Set(form.activities)],
    languages: [...new Set(form.languages)],
    availability: AVAILABILITY_SLOTS.filter((slot) => form.availability.includes(slot)),
    maxActiveLinks: Number(form.maxActiveLinks),
    motivation: form.motivation || null,
  }));
