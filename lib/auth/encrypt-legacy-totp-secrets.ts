import { prisma, type Db } from "@/lib/db";
import { serverSecret } from "@/lib/forms/server-secret";
import { openTotpSecret, sealTotpSecret } from "./totp-secret-box";

// How many encrypted secrets are tried to tell whether AUTH_SECRET is the one they were encrypted with.
const KEY_CHECK_SAMPLE = 20;

/**
 * Encrypts the TOTP secrets still stored in clear (from before encryption),
 * once at server start, so they don't wait for their owner's next sign-in.
 * Conditional on the clear value, so it is safe next to a sign-in (which
 * encrypts too) and on several instances at once. Returns how many it
 * encrypted.
 *
 * When encrypted secrets exist and this AUTH_SECRET opens none of them, it is
 * not the deployment's key: it says so in the log and encrypts nothing, so a
 * misconfigured start doesn't lock clear secrets under the wrong key.
 */
export async function encryptLegacyTotpSecrets({
  db = prisma,
  authSecret = serverSecret(),
}: { db?: Db; authSecret?: string } = {}): Promise<number> {
  const sealed = await db.staffUser.findMany({
    where: { totpSecret: { startsWith: "v" } },
    select: { totpSecret: true },
    orderBy: { updatedAt: "desc" },
    take: KEY_CHECK_SAMPLE,
  });
  const opens = (stored: string) => {
    try {
      openTotpSecret(stored, authSecret);
      return true;
    } catch {
      return false;
    }
  };
  if (sealed.length > 0 && !sealed.some((u) => u.totpSecret !== null && opens(u.totpSecret))) {
    console.error(
      "[auth] AUTH_SECRET can't decrypt the stored TOTP secrets: it is not the key this database was used with. " +
        "Staff with a second factor can't sign in until AUTH_SECRET is set back to the right value.",
    );
    return 0;
  }
  const legacy = await db.staffUser.findMany({
    where: { totpSecret: { not: null }, NOT: { totpSecret: { startsWith: "v" } } },
    select: { id: true, totpSecret: true },
  });
  let encrypted = 0;
  for (const { id, totpSecret } of legacy) {
    if (!totpSecret) continue;
    const { count } = await db.staffUser.updateMany({
      where: { id, totpSecret },
      data: { totpSecret: sealTotpSecret(totpSecret, authSecret) },
    });
    encrypted += count;
  }
  return encrypted;
}
