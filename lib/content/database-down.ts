import "server-only";
import { isDatabaseUnavailable } from "@/lib/db";
import type { Settings } from "@/lib/settings/defaults";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

/** Marks a read that could not reach the database. */
export const DATABASE_DOWN = Symbol("database down");
export type DatabaseDown = typeof DATABASE_DOWN;

/**
 * The result of a read, or DATABASE_DOWN when the database is unreachable.
 * Pages then render a short notice inside the normal layout (with the phone
 * number) instead of throwing: an error boundary only renders with JavaScript,
 * so a thrown error would leave a blank page for readers without it. Other
 * errors still surface.
 */
export async function readUnlessDatabaseDown<T>(read: Promise<T>): Promise<T | DatabaseDown> {
  try {
    return await read;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return DATABASE_DOWN;
    throw error;
  }
}

/** The result of a read, or `fallback` when the database is unreachable. */
export async function orFallbackWhenDatabaseDown<T>(read: Promise<T>, fallback: T): Promise<T> {
  const result = await readUnlessDatabaseDown(read);
  return result === DATABASE_DOWN ? fallback : result;
}

/**
 * A page's read and the settings side by side. The settings fall back to the
 * defaults, so the page can show the phone number even when the read failed.
 */
export function readWithSettings<T>(read: Promise<T>): Promise<[T | DatabaseDown, Settings]> {
  return Promise.all([readUnlessDatabaseDown(read), getSettingsOrDefaults()]);
}
