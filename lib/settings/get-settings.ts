import "server-only";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_SETTINGS, SETTING_KEYS, type Settings } from "./defaults";

function merge(rows: { key: string; value: unknown }[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    const key = row.key as keyof Settings;
    if (SETTING_KEYS.includes(key) && typeof row.value === typeof DEFAULT_SETTINGS[key]) {
      (settings as unknown as Record<string, unknown>)[key] = row.value;
    }
  }
  return settings;
}

/** The deployment's settings; throws when the database is unreachable. Works inside a transaction too. */
export async function getSettings(db: Db | Prisma.TransactionClient = prisma): Promise<Settings> {
  return merge(await db.setting.findMany());
}

/**
 * Settings for rendering pages: when the database is down, the header must
 * still show the phone number, so fall back to the defaults.
 */
export async function getSettingsOrDefaults(db: Db = prisma): Promise<Settings> {
  try {
    return await getSettings(db);
  } catch {
    return DEFAULT_SETTINGS;
  }
}
