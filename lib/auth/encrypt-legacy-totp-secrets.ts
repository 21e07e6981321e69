import { prisma, type Db } from "@/lib/db";
import { serverSecret } from "@/lib/forms/server-secret";
import { sealTotpSecret } from "./totp-secret-box";

/**
 * Encrypts the TOTP secrets still stored in clear (from before encryption),
 * once at server start, so they don't wait for their owner's next sign-in.
 * Conditional on the clear value, so it is safe next to a sign-in (which
 * encrypts too) and on several instances at once. Returns how many it
 * encrypted.
 */
export async function encryptLegacyTotpSecrets({ db = prisma }: { db?: Db } = {}): Promise<number> {
  const authSecret = serverSecret();
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
