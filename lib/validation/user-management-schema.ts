// The admin forms for staff accounts (invite, change role) and the public form
// that turns an invitation into a password. Shared by the forms and the
// domain functions in lib/staff-users.
import { z } from "@/lib/validation/zod";
import { StaffRole } from "@/lib/generated/prisma/enums";
import { ALWAYS, choice, EMAIL_INVALID, requiredText } from "./fields";

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
} as const;

export const PASSWORD_MIN_LENGTH = 12;

// The pattern zod itself uses: strict enough to catch typos.
const EMAIL_PATTERN = z.regexes.email;

export const inviteStaffUserSchema = z.object({
  name: requiredText(80, USER_MESSAGES.nameMissing, USER_MESSAGES.nameTooLong),
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
  userId: z.string().min(1),
  role: choice(STAFF_ROLES, USER_MESSAGES.roleMissing),
});
export type ChangeStaffRoleInput = z.infer<typeof changeStaffRoleSchema>;

export const acceptInvitationFields = z.object({
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, USER_MESSAGES.passwordTooShort)
    .max(200, USER_MESSAGES.passwordTooLong)
    .prefault(""),
  passwordConfirm: z.string().prefault(""),
});

/** A new password, typed twice. Not trimmed: spaces are part of a passphrase. */
export const acceptInvitationSchema = acceptInvitationFields.superRefine((form, ctx) => {
  if (typeof form.password !== "string" || typeof form.passwordConfirm !== "string") return;
  // A mismatch only matters once the password itself is fine.
  if (form.password.length >= PASSWORD_MIN_LENGTH && form.password !== form.passwordConfirm) {
    ctx.addIssue({ code: "custom", path: ["passwordConfirm"], message: USER_MESSAGES.passwordMismatch });
  }
}, ALWAYS);
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
