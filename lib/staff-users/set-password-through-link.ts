import { hashPassword } from "@/lib/auth/password";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { newPasswordSchema } from "@/lib/validation/user-management-schema";
import { AdminError } from "./admin-error";
import { auditStaffUser } from "./change-staff-user";
import { resolveOptions, type UseCaseOptions } from "./context";
import { hashInvitationToken } from "./invitation";
import { parseInput } from "./parse-input";
import {
  findPasswordLinkHolder,
  passwordLinkColumns,
  type PasswordLinkHolder,
  type PasswordLinkKind,
  type PasswordLinkMessages,
} from "./password-link";

/**
 * Sets the password of the account behind a single-use link (invitation or
 * reset). The link works once: its token is cleared in the same transaction
 * that sets the password (argon2id), every session of the person ends, and the
 * audit event is written there too.
 */
export async function setPasswordThroughLink(
  link: {
    /** The verb of the audit event: "reset-password" → "staff-user.reset-password". */
    action: string;
    kind: PasswordLinkKind;
    messages: PasswordLinkMessages;
  },
  input: { token: string; password: string; passwordConfirm: string },
  options?: UseCaseOptions & { ipHash?: string | null },
): Promise<PasswordLinkHolder> {
  const { db, now } = resolveOptions(options);
  const holder = await findPasswordLinkHolder(link.kind, input.token, link.messages, { db, now });
  if (!holder.ok) throw new AdminError(`${link.kind}-${holder.reason}`, holder.message);
  const { password } = parseInput(newPasswordSchema, {
    password: input.password,
    passwordConfirm: input.passwordConfirm,
  });
  const passwordHash = await hashPassword(password);

  await db.$transaction(async (tx) => {
    // Conditional on the same token, still valid: of two clicks at once, one wins.
    const { count } = await tx.staffUser.updateMany({
      where: {
        id: holder.userId,
        ...passwordLinkColumns(link.kind, hashInvitationToken(input.token), { gt: now }),
        isActive: true,
      },
      data: { passwordHash, ...passwordLinkColumns(link.kind, null, null) },
    });
    if (count !== 1) throw new AdminError(`${link.kind}-invalid`, link.messages.invalid);
    await endAllStaffSessions(holder.userId, tx, now);
    await auditStaffUser(
      tx,
      link.action,
      holder.userId,
      { actorStaffId: holder.userId, ipHash: options?.ipHash },
      now,
    );
  });
  return holder;
}
