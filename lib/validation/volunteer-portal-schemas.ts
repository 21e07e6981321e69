// The forms of the volunteer's own page (/vrijwilliger): one schema per form,
// shared by the form and the server action.
import { z } from "@/lib/validation/zod";
import { choice, EMAIL_INVALID, requiredText, text } from "./fields";
import { id, values } from "./staff-fields";

export const SHORT_TEXT_MAX = 500;

export const PORTAL_MESSAGES = {
  emailMissing: "Vul je e-mailadres in.",
  codeInvalid: "De code heeft 6 cijfers. Je vindt ze in de mail die we je stuurden.",
  codeWrong: "Deze code klopt niet of werkt niet meer. Kijk de code na, of vraag een nieuwe code aan.",
  linkWrong: "Deze link werkt niet meer. Vraag een nieuwe code aan.",
  rateLimited: "Te veel pogingen. Wacht een kwartier en probeer dan opnieuw.",
  sent: "Als dit adres bij ons gekend is, kreeg je een mail met een code.",
  tooLong: `Schrijf maximaal ${SHORT_TEXT_MAX} tekens.`,
  concernCategoryMissing: "Kies waarover je je zorgen maakt.",
  concernMissing: "Schrijf kort wat je opviel.",
  otherContactMissing: "Schrijf kort wat jullie deden.",
  contactKindMissing: "Kies wat jullie deden.",
} as const;

export const requestLoginCodeSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, PORTAL_MESSAGES.emailMissing)
    .max(200, EMAIL_INVALID)
    .refine((v) => z.regexes.email.test(v), EMAIL_INVALID)
    .prefault(""),
});

export const verifyLoginCodeSchema = requestLoginCodeSchema.extend({
  // People may type "123 456".
  code: z
    .string()
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, PORTAL_MESSAGES.codeInvalid))
    .prefault(""),
});

export const loginLinkSchema = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,100}$/, PORTAL_MESSAGES.linkWrong)
    .prefault(""),
});

export const respondToLinkSchema = z.discriminatedUnion("answer", [
  z.object({ linkId: id(), answer: z.literal("accept") }),
  z.object({
    linkId: id(),
    answer: z.literal("decline"),
    reason: text(SHORT_TEXT_MAX, PORTAL_MESSAGES.tooLong, "Liever niet? Zeg gerust waarom"),
  }),
]);

export const CONTACT_KIND_OPTIONS = [
  { value: "CALLED", label: "Gebeld" },
  { value: "VISITED", label: "Bezocht" },
  { value: "GROCERIES_TOGETHER", label: "Samen boodschappen" },
  { value: "OTHER", label: "Iets anders" },
] as const;

export const logContactSchema = z
  .object({
    linkId: id(),
    kind: choice(values(CONTACT_KIND_OPTIONS), PORTAL_MESSAGES.contactKindMissing),
    note: text(SHORT_TEXT_MAX, PORTAL_MESSAGES.tooLong, "Iets anders gedaan? Schrijf kort wat"),
  })
  .refine((v) => v.kind !== "OTHER" || v.note.length > 0, {
    path: ["note"],
    message: PORTAL_MESSAGES.otherContactMissing,
  });

export const CONCERN_CATEGORY_OPTIONS = [
  { value: "HEALTH_WORSE", label: "De gezondheid gaat achteruit" },
  { value: "CONFUSED_OR_FORGETFUL", label: "Lijkt verward of vergeetachtig" },
  { value: "UNREACHABLE", label: "Niet bereikbaar" },
  { value: "MONEY_OR_HOUSING", label: "Geldzorgen of problemen met wonen" },
  { value: "OTHER", label: "Iets anders" },
] as const;

export const raiseConcernSchema = z.object({
  linkId: id(),
  category: choice(values(CONCERN_CATEGORY_OPTIONS), PORTAL_MESSAGES.concernCategoryMissing),
  body: requiredText(
    SHORT_TEXT_MAX,
    PORTAL_MESSAGES.concernMissing,
    PORTAL_MESSAGES.tooLong,
    "Wat viel je op?",
  ),
});

export const requestPauseSchema = z.object({
  note: text(SHORT_TEXT_MAX, PORTAL_MESSAGES.tooLong, "Wil je iets zeggen over je pauze?"),
});
