import type { Db } from "@/lib/db";
import { serverSecret } from "@/lib/forms/server-secret";
import type { Prisma } from "@/lib/generated/prisma/client";
import { matchTotpStep } from "./totp";
import {
  isSealedTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  TotpSecretUnreadableError,
} from "./totp-secret-box";

/**
 * The base32 secret behind a stored value, or null (logged) when this
 * server's AUTH_SECRET can't decrypt it: the person can't use the second
 * factor until AUTH_SECRET is put right or an admin resets their second
 * factor, but the server keeps running.
 */
export function readTotpSecret(userId: string, stored: string, authSecret = serverSecret()): string | null {
  try {
    return openTotpSecret(stored, authSecret);
  } catch (error) {
    if (!(error instanceof TotpSecretUnreadableError)) throw error;
    console.error(
      `[auth] ${error.message}: staff user ${userId} can't sign in with their second factor. ` +
        "Check that AUTH_SECRET is the one this database was used with; otherwise an admin resets this person's second factor.",
    );
    return null;
  }
}

/**
 * Accepts a code of the authenticator app once. The code's time step is
 * recorded in the same conditional UPDATE that accepts it, so of two
 * sign-ins with the same code (also at the same moment) only one passes,
 * and a code of an earlier step than one already used is refused too. A
 * clear-text secret from before encryption is encrypted in that UPDATE.
 */
export async function acceptTotpCode(
  db: Db | Prisma.TransactionClient,
  user: { id: string; totpSecret: string },
  code: string,
  now: Date,
): Promise<boolean> {
  const authSecret = serverSecret();
  const secret = readTotpSecret(user.id, user.totpSecret, authSecret);
  if (secret === null) return false;
  const step = matchTotpStep(secret, code, now);
  if (step === null) return false;
  const { count } = await db.staffUser.updateMany({
    where: {
      id: user.id,
      // The secret read above: a second factor reset meanwhile doesn't accept the old code.
      totpSecret: user.totpSecret,
      OR: [{ lastTotpStep: null }, { lastTotpStep: { lt: step } }],
    },
    data: {
      lastTotpStep: step,
      ...(isSealedTotpSecret(user.totpSecret) ? {} : { totpSecret: sealTotpSecret(secret, authSecret) }),
    },
  });
  return count === 1;
}
