import { z } from "@/lib/validation/zod";
import { hasInvisibleCharacters } from "./fields";

export const LOGIN_MESSAGES = {
  emailMissing: "Vul je e-mailadres in.",
  passwordMissing: "Vul je wachtwoord in.",
  codeInvalid: "De code heeft 6 cijfers.",
  invalid: "Deze combinatie van e-mailadres, wachtwoord en code klopt niet. Kijk ze na en probeer opnieuw.",
  rateLimited: "Te veel pogingen. Wacht een kwartier en probeer dan opnieuw.",
} as const;

/** The staff sign-in form, shared by the page and the server. */
export const loginSchema = z.object({
  // No one's address has invisible characters: such a sign-in fails like any wrong one.
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, LOGIN_MESSAGES.emailMissing)
    .max(200)
    .refine((v) => !hasInvisibleCharacters(v), LOGIN_MESSAGES.invalid),
  password: z.string().min(1, LOGIN_MESSAGES.passwordMissing).max(500),
  // Empty until the second factor is set up; people may type "123 456".
  code: z
    .string()
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^(\d{6})?$/, LOGIN_MESSAGES.codeInvalid))
    .prefault(""),
});

export type LoginInput = z.infer<typeof loginSchema>;

/** A code from the authenticator app, when setting up the second factor. */
export const totpConfirmSchema = z.object({
  code: z
    .string()
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, LOGIN_MESSAGES.codeInvalid)),
});
