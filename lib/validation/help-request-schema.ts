// The one schema of the "Hulp nodig?" form: the server action parses FormData
// with it, and the form takes its field names, limits and choices from it.
import { z } from "@/lib/validation/zod";
import type { AgeGroup, ContactTime, Need, SubjectAwareness } from "@/lib/generated/prisma/enums";
import {
  ALWAYS,
  checkboxes,
  choice,
  consent,
  email,
  emailOrNull,
  emptyToNull,
  filled,
  MESSAGE_MAX,
  NAME_MAX,
  neighbourhood,
  neighbourhoodSlugOrNull,
  optionalChoice,
  optionValues,
  phone,
  phoneOrNull,
  text,
} from "./fields";
import {
  AGE_GROUP_OPTIONS,
  CONTACT_TIME_OPTIONS,
  LANGUAGE_OPTIONS,
  NEED_OPTIONS,
  REQUEST_FOR_OPTIONS,
  SUBJECT_AWARENESS_OPTIONS,
} from "./options";

export const HELP_MESSAGES = {
  requestForMissing: "Kies voor wie je hulp vraagt.",
  subjectAwarenessMissing: "Kies of die persoon weet dat je hulp vraagt.",
  reporterFirstNameMissing: "Vul jouw voornaam in.",
  reporterContactMissing: "Geef jouw telefoonnummer of e-mailadres, zodat we jou kunnen bereiken.",
  firstNameMissingSelf: "Vul je voornaam in.",
  firstNameMissingOther: "Vul de voornaam in van de persoon die hulp nodig heeft.",
  firstNameTooLong: `Een voornaam is maximaal ${NAME_MAX} tekens lang.`,
  contactMissingSelf: "Geef een telefoonnummer of e-mailadres, zodat we je kunnen bereiken.",
  needsMissing:
    "Kies minstens één ding dat zou helpen. Weet je het nog niet? Kies dan 'Ik weet het nog niet'.",
  messageTooLong: `Je bericht is te lang. Schrijf maximaal ${MESSAGE_MAX} tekens.`,
  relationTooLong: `Schrijf dit in maximaal ${NAME_MAX} tekens.`,
  streetTooLong: "Dit adres is te lang. Schrijf alleen de straat en het huisnummer.",
  postalCodeInvalid: "Een postcode heeft 4 cijfers, bijvoorbeeld 2800.",
  neighbourhoodInvalid: "Kies een wijk uit de lijst.",
  languageMissing: "Kies een taal uit de lijst.",
  consentMissing: "Geef toestemming om je gegevens te gebruiken. Anders kunnen we je vraag niet behandelen.",
} as const;

/** The fields of the form, in the order they appear (the error summary follows it). */
export const helpRequestFields = z.object({
  requestFor: choice(optionValues(REQUEST_FOR_OPTIONS), HELP_MESSAGES.requestForMissing),
  // Only for someone else: checked below, because it depends on requestFor.
  subjectAwareness: optionalChoice(optionValues(SUBJECT_AWARENESS_OPTIONS)),
  reporterFirstName: text(NAME_MAX, HELP_MESSAGES.firstNameTooLong, "Jouw voornaam"),
  reporterPhone: phone(),
  reporterEmail: email(),
  reporterRelation: text(NAME_MAX, HELP_MESSAGES.relationTooLong, "Wie ben jij voor die persoon?"),
  needs: checkboxes(optionValues(NEED_OPTIONS), 1, HELP_MESSAGES.needsMissing),
  message: text(MESSAGE_MAX, HELP_MESSAGES.messageTooLong, "Wil je iets meer vertellen?"),
  firstName: text(NAME_MAX, HELP_MESSAGES.firstNameTooLong, "Voornaam"),
  phone: phone(),
  email: email(),
  neighbourhood: neighbourhood(HELP_MESSAGES.neighbourhoodInvalid),
  streetAddress: text(200, HELP_MESSAGES.streetTooLong, "Straat en huisnummer"),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, HELP_MESSAGES.postalCodeInvalid)
    .prefault(""),
  bestTimeToCall: optionalChoice(optionValues(CONTACT_TIME_OPTIONS)),
  language: choice(optionValues(LANGUAGE_OPTIONS), HELP_MESSAGES.languageMissing),
  ageGroup: optionalChoice(optionValues(AGE_GROUP_OPTIONS)),
  consent: consent(HELP_MESSAGES.consentMissing),
});

export type HelpRequestField = keyof typeof helpRequestFields.shape;
export const HELP_REQUEST_FIELD_NAMES = Object.keys(helpRequestFields.shape) as HelpRequestField[];

/** What a valid form becomes: the shape the domain function takes. */
export interface HelpRequestInput {
  requestFor: "SELF" | "SOMEONE_ELSE";
  /** Only for SOMEONE_ELSE. */
  subjectAwareness: SubjectAwareness | null;
  /** The one asking on someone else's behalf; null when asking for oneself. */
  reporter: {
    firstName: string;
    phoneE164: string | null;
    email: string | null;
    relation: string | null;
  } | null;
  /** The person who needs help. */
  person: {
    firstName: string;
    phoneE164: string | null;
    email: string | null;
    streetAddress: string | null;
    postalCode: string | null;
  };
  neighbourhoodSlug: string | null;
  needs: Need[];
  message: string | null;
  bestTimeToCall: ContactTime | null;
  language: string;
  ageGroup: AgeGroup | null;
}

export const helpRequestSchema = helpRequestFields
  .superRefine((form, ctx) => {
    const forOther = form.requestFor === "SOMEONE_ELSE";
    const forSelf = form.requestFor === "SELF";
    const issue = (path: HelpRequestField, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });

    if (!filled(form.firstName)) {
      issue("firstName", forOther ? HELP_MESSAGES.firstNameMissingOther : HELP_MESSAGES.firstNameMissingSelf);
    }
    if (forSelf && !filled(form.phone) && !filled(form.email)) {
      issue("phone", HELP_MESSAGES.contactMissingSelf);
    }
    if (forOther) {
      // The city first talks to the one who asks, so we must be able to reach them.
      if (!filled(form.subjectAwareness)) issue("subjectAwareness", HELP_MESSAGES.subjectAwarenessMissing);
      if (!filled(form.reporterFirstName)) issue("reporterFirstName", HELP_MESSAGES.reporterFirstNameMissing);
      if (!filled(form.reporterPhone) && !filled(form.reporterEmail)) {
        issue("reporterPhone", HELP_MESSAGES.reporterContactMissing);
      }
    }
  }, ALWAYS)
  .transform((form): HelpRequestInput => {
    const forOther = form.requestFor === "SOMEONE_ELSE";
    return {
      requestFor: form.requestFor,
      subjectAwareness: forOther ? emptyToNull(form.subjectAwareness) : null,
      // Answers in the "someone else" part are ignored for oneself (without
      // JavaScript that part is always visible, and may have been filled in by mistake).
      reporter: forOther
        ? {
            firstName: form.reporterFirstName,
            phoneE164: phoneOrNull(form.reporterPhone),
            email: emailOrNull(form.reporterEmail),
            relation: form.reporterRelation || null,
          }
        : null,
      person: {
        firstName: form.firstName,
        phoneE164: phoneOrNull(form.phone),
        email: emailOrNull(form.email),
        streetAddress: form.streetAddress || null,
        postalCode: form.postalCode || null,
      },
      neighbourhoodSlug: neighbourhoodSlugOrNull(form.neighbourhood),
      needs: [...new Set(form.needs)],
      message: form.message || null,
      bestTimeToCall: emptyToNull(form.bestTimeToCall),
      language: form.language,
      ageGroup: emptyToNull(form.ageGroup),
    };
  });
