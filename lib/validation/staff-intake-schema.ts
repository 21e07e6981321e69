// The schema of the staff intake form (/beheer/aanvragen/nieuw): a call to the
// free number or a referral from a partner, registered in under a minute.
// Shared by the form (field names, choices) and registerIntake (which parses).
import { z } from "@/lib/validation/zod";
import type { AgeGroup, Channel, ContactTime, Need, SubjectAwareness } from "@/lib/generated/prisma/enums";
import {
  ALWAYS,
  checkboxes,
  choice,
  email,
  emailOrNull,
  emptyToNull,
  MESSAGE_MAX,
  NAME_MAX,
  optionalChoice,
  phone,
  phoneOrNull,
  text,
} from "./fields";
import {
  AGE_GROUP_OPTIONS,
  CONTACT_TIME_OPTIONS,
  INTAKE_CHANNEL_OPTIONS,
  LANGUAGE_OPTIONS,
  NEED_OPTIONS,
  NEIGHBOURHOOD_UNKNOWN,
  REQUEST_FOR_OPTIONS,
  SUBJECT_AWARENESS_OPTIONS,
} from "./options";
import { checkbox, optionalId, values } from "./staff-fields";

export const INTAKE_MESSAGES = {
  channelMissing: "Kies hoe de vraag binnenkwam.",
  requestForMissing: "Kies voor wie de hulp is.",
  subjectAwarenessMissing: "Kies of de persoon weet dat er hulp gevraagd wordt.",
  firstNameMissing: "Vul de voornaam in van de persoon die hulp nodig heeft.",
  nameTooLong: `Een naam is maximaal ${NAME_MAX} tekens lang.`,
  contactMissing: "Geef minstens één manier om iemand te bereiken: een telefoonnummer, e-mailadres of adres.",
  needsMissing: "Kies minstens één ding dat zou helpen. Weet je het nog niet? Kies 'Ik weet het nog niet'.",
  messageTooLong: `Schrijf maximaal ${MESSAGE_MAX} tekens.`,
  relationTooLong: `Schrijf dit in maximaal ${NAME_MAX} tekens.`,
  streetTooLong: "Dit adres is te lang. Schrijf alleen de straat en het huisnummer.",
  postalCodeInvalid: "Een postcode heeft 4 cijfers, bijvoorbeeld 2800.",
  neighbourhoodInvalid: "Kies een wijk uit de lijst.",
  languageMissing: "Kies een taal uit de lijst.",
  consentMissing:
    "Vraag of de persoon akkoord gaat dat we de gegevens gebruiken om te helpen, en vink het aan.",
  reporterFirstNameMissing: "Vul de voornaam in van wie de vraag doorgeeft.",
  partnerContactMissing: "Geef de naam van de contactpersoon bij de partner.",
  organisationInvalid: "Kies een organisatie uit de lijst.",
} as const;

/** Partner channels: the request is passed on by a contact person of an organisation. */
const PARTNER_CHANNEL_VALUES: readonly Channel[] = [
  "LOCAL_SERVICE_CENTRE",
  "NEIGHBOURHOOD_POLICE",
  "OUTREACH",
  "CARE_COACH",
  "PARTNER",
];

/** The fields, in the order of the form. */
export const staffIntakeFields = z.object({
  channel: choice(values(INTAKE_CHANNEL_OPTIONS), INTAKE_MESSAGES.channelMissing),
  requestFor: choice(values(REQUEST_FOR_OPTIONS), INTAKE_MESSAGES.requestForMissing),
  subjectAwareness: optionalChoice(values(SUBJECT_AWARENESS_OPTIONS)),
  firstName: text(NAME_MAX, INTAKE_MESSAGES.nameTooLong, "Voornaam"),
  lastName: text(NAME_MAX, INTAKE_MESSAGES.nameTooLong, "Achternaam"),
  phone: phone(),
  email: email(),
  neighbourhood: z
    .string()
    .trim()
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, INTAKE_MESSAGES.neighbourhoodInvalid)
    .max(80, INTAKE_MESSAGES.neighbourhoodInvalid)
    .prefault(""),
  streetAddress: text(200, INTAKE_MESSAGES.streetTooLong, "Straat en huisnummer"),
  postalCode: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, INTAKE_MESSAGES.postalCodeInvalid)
    .prefault(""),
  needs: checkboxes(values(NEED_OPTIONS), 1, INTAKE_MESSAGES.needsMissing),
  message: text(MESSAGE_MAX, INTAKE_MESSAGES.messageTooLong, "Vraag of situatie"),
  bestTimeToCall: optionalChoice(values(CONTACT_TIME_OPTIONS)),
  language: choice(values(LANGUAGE_OPTIONS), INTAKE_MESSAGES.languageMissing).prefault("nl"),
  ageGroup: optionalChoice(values(AGE_GROUP_OPTIONS)),
  /** For oneself: the person agreed, on the phone, that we use the data to help. */
  consent: checkbox(),
  /** The one who passes the request on: a neighbour, a relative, or a partner's contact person. */
  reporterFirstName: text(NAME_MAX, INTAKE_MESSAGES.nameTooLong, "Voornaam van de melder"),
  reporterLastName: text(NAME_MAX, INTAKE_MESSAGES.nameTooLong, "Achternaam van de melder"),
  reporterPhone: phone(),
  reporterEmail: email(),
  reporterRelation: text(NAME_MAX, INTAKE_MESSAGES.relationTooLong, "Relatie tot de persoon"),
  /** The partner organisation of the contact person (an Organisation id), or "". */
  reporterOrganisationId: optionalId(INTAKE_MESSAGES.organisationInvalid),
  /** The person was reached during this call: the first contact is logged at once. */
  contactMade: checkbox(),
  /** The staff member saw the warning about an open request with the same phone or e-mail and saves anyway. */
  confirmDuplicate: checkbox(),
});

export type StaffIntakeField = keyof typeof staffIntakeFields.shape;
export const STAFF_INTAKE_FIELD_NAMES = Object.keys(staffIntakeFields.shape) as StaffIntakeField[];

/** What a valid intake becomes. */
export interface StaffIntakeInput {
  channel: Exclude<Channel, "WEBSITE">;
  requestFor: "SELF" | "SOMEONE_ELSE";
  subjectAwareness: SubjectAwareness | null;
  person: {
    firstName: string;
    lastName: string | null;
    phoneE164: string | null;
    email: string | null;
    streetAddress: string | null;
    postalCode: string | null;
  };
  reporter: {
    firstName: string;
    lastName: string | null;
    phoneE164: string | null;
    email: string | null;
    relation: string | null;
    organisationId: string | null;
  } | null;
  neighbourhoodSlug: string | null;
  needs: Need[];
  message: string | null;
  bestTimeToCall: ContactTime | null;
  language: string;
  ageGroup: AgeGroup | null;
  /** Consent to process the data was given (for oneself, on the phone). */
  consentGiven: boolean;
  contactMade: boolean;
  confirmDuplicate: boolean;
}

export const staffIntakeSchema = staffIntakeFields
  .superRefine((form, ctx) => {
    const filled = (v: unknown) => typeof v === "string" && v.trim() !== "";
    const issue = (path: StaffIntakeField, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message });
    const forOther = form.requestFor === "SOMEONE_ELSE";
    const fromPartner = PARTNER_CHANNEL_VALUES.includes(form.channel);

    if (!filled(form.firstName)) issue("firstName", INTAKE_MESSAGES.firstNameMissing);
    const personReachable = filled(form.phone) || filled(form.email) || filled(form.streetAddress);
    const reporterReachable = forOther && (filled(form.reporterPhone) || filled(form.reporterEmail));
    if (!personReachable && !reporterReachable) issue("phone", INTAKE_MESSAGES.contactMissing);
    if (form.requestFor === "SELF" && form.consent !== "yes")
      issue("consent", INTAKE_MESSAGES.consentMissing);
    if (forOther) {
      if (!filled(form.subjectAwareness)) issue("subjectAwareness", INTAKE_MESSAGES.subjectAwarenessMissing);
      if (!filled(form.reporterFirstName)) {
        issue(
          "reporterFirstName",
          fromPartner ? INTAKE_MESSAGES.partnerContactMissing : INTAKE_MESSAGES.reporterFirstNameMissing,
        );
      }
    }
  }, ALWAYS)
  .transform((form): StaffIntakeInput => {
    const forOther = form.requestFor === "SOMEONE_ELSE";
    // A partner's contact person is kept also when the person asks for themselves
    // (sitting next to them at the service centre): they hear "contact gelegd".
    const withReporter =
      forOther || (PARTNER_CHANNEL_VALUES.includes(form.channel) && form.reporterFirstName !== "");
    return {
      channel: form.channel,
      requestFor: form.requestFor,
      subjectAwareness: forOther ? emptyToNull(form.subjectAwareness) : null,
      person: {
        firstName: form.firstName,
        lastName: form.lastName || null,
        phoneE164: phoneOrNull(form.phone),
        email: emailOrNull(form.email),
        streetAddress: form.streetAddress || null,
        postalCode: form.postalCode || null,
      },
      reporter: withReporter
        ? {
            firstName: form.reporterFirstName,
            lastName: form.reporterLastName || null,
            phoneE164: phoneOrNull(form.reporterPhone),
            email: emailOrNull(form.reporterEmail),
            relation: form.reporterRelation || null,
            organisationId: form.reporterOrganisationId || null,
          }
        : null,
      neighbourhoodSlug: form.neighbourhood === NEIGHBOURHOOD_UNKNOWN ? null : form.neighbourhood || null,
      needs: [...new Set(form.needs)],
      message: form.message || null,
      bestTimeToCall: emptyToNull(form.bestTimeToCall),
      language: form.language,
      ageGroup: emptyToNull(form.ageGroup),
      consentGiven: form.requestFor === "SELF" && form.consent === "yes",
      contactMade: form.contactMade === "yes",
      confirmDuplicate: form.confirmDuplicate === "yes",
    };
  });

/** The look-up the intake form does while typing: an open request with this phone or e-mail? */
export const duplicateQuerySchema = z
  .object({ phone: phone(), email: email() })
  .transform((f) => ({ phoneE164: phoneOrNull(f.phone), email: emailOrNull(f.email) }));

export type StaffIntakeFormInput = z.input<typeof staffIntakeSchema>;
export type DuplicateQueryInput = z.input<typeof duplicateQuerySchema>;
