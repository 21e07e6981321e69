// The admin forms for staff accounts (invite, change role) and the forms that
// set a password (invitation, reset link, change my password): one password
// rule for all three. Shared by the forms and the domain functions in
// lib/staff-users.
import { z } from "@/lib/validation/zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { ALWAYS, choice, EMAIL_INVALID, requiredText } from "./fields";
import { id } from "./staff-fields";

export const STAFF_ROLES = Object.values(StaffRole) as [StaffRole, ...StaffRole[]];

export const USER_MESSAGES = {
  nameMissing: "Vul de naam in.",
  nameTooLong: "De naam mag hoogstens 80 tekens hebben.",
  emailMissing: "Vul het e-mailadres in.",
  emailInvalid: EMAIL_INVALID,
  roleMissing: "Kies een rol.",
  passwordTooShort: "Kies een wachtwoord van minstens 12 tekens.",
  passwordTooLong: "Je wachtwoord mag hoogstens 200 tekens hebben.",
  passwordMismatch: "De twee wachtwoorden zijn niet hetzelfde. Typ ze nog eens.",
  passwordCommon:
    "Dit wachtwoord staat op een lijst van veelgebruikte of gelekte wachtwoorden. Die proberen inbrekers eerst. Kies iets anders, bijvoorbeeld een zin van een paar woorden.",
  currentPasswordMissing: "Vul je huidige wachtwoord in.",
  currentPasswordWrong: "Je huidige wachtwoord klopt niet. Typ het nog eens.",
  passwordUnchanged: "Je nieuwe wachtwoord is hetzelfde als je huidige. Kies een ander.",
} as const;

export const PASSWORD_MIN_LENGTH = 12;

// The pattern zod itself uses: strict enough to catch typos.
const EMAIL_PATTERN = z.regexes.email;

export const inviteStaffUserSchema = z.object({
  name: requiredText(80, USER_MESSAGES.nameMissing, USER_MESSAGES.nameTooLong, "Naam"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, USER_MESSAGES.emailMissing)
    .max(200, USER_MESSAGES.emailInvalid)
    .refine((v) => v === "" || EMAIL_PATTERN.test(v), USER_MESSAGES.emailInvalid)
    .prefault(""),
  role: choice(STAFF_ROLES, USER_MESSAGES.roleMissing),
});
export type InviteStaffUserInput = z.infer<typeof inviteStaffUserSchema>;

export const changeStaffRoleSchema = z.object({
  userId: id(),
  role: choice(STAFF_ROLES, USER_MESSAGES.roleMissing),
});
export type ChangeStaffRoleInput = z.infer<typeof changeStaffRoleSchema>;

/** The one password rule: 12 to 200 characters, not a common or breached password. Not trimmed: spaces are part of a passphrase. */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, USER_MESSAGES.passwordTooShort)
  .max(200, USER_MESSAGES.passwordTooLong)
  .refine((v) => v.length < PASSWORD_MIN_LENGTH || !isCommonPassword(v), USER_MESSAGES.passwordCommon)
  .prefault("");

const newPasswordFields = z.object({
  password: newPassword,
  passwordConfirm: z.string().prefault(""),
});

/** A mismatch only matters once the password itself is fine. */
function typedTwice(form: { password?: unknown; passwordConfirm?: unknown }, ctx: z.RefinementCtx) {
  if (typeof form.password !== "string" || typeof form.passwordConfirm !== "string") return;
  if (form.password.length >= PASSWORD_MIN_LENGTH && form.password !== form.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: USER_MESSAGES.passwordMismatch });
  }
}

/** A new password, typed twice: the invitation and the reset link. */
export const newPasswordSchema = newPasswordFields.superRefine(typedTwice, ALWAYS);

/** "Change my password": the current one, then the new one twice. */
export const changePasswordSchema = newPasswordFields
  .extend({
    currentPassword: z.string().min(1, USER_MESSAGES.currentPasswordMissing).max(200).prefault(""),
  })
  .superRefine(typedTwice, ALWAYS)
  .superRefine((form, ctx) => {
    if (form.currentPassword && form.password === form.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["password"], message: USER_MESSAGES.passwordUnchanged });
    }
  });
