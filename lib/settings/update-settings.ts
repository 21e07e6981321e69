import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { prisma, type Db } from "@/lib/db";
import { parseInput } from "@/lib/staff-users/parse-input";
import { settingsSchema, type SettingsInput } from "@/lib/validation/settings-schema";
import { getSettings } from "./get-settings";

type SettingValue = SettingsInput[keyof SettingsInput];

/** What an update changed: per setting, the old and the new value. */
export type SettingChanges = Partial<Record<keyof SettingsInput, { from: SettingValue; to: SettingValue }>>;

/**
 * Saves the settings an admin may change (city name, free phone number,
 * deadline, retention) from the settings form's fields. Only what changed is
 * written, in one transaction with an audit event that keeps the old and the
 * new values. A new deadline applies to requests received from then on.
 */
export async function updateSettings(
  actor: StaffActor,
  input: Record<string, string>,
  options: { db?: Db; now?: Date } = {},
): Promise<{ changes: SettingChanges }> {
  assertCan(actor, "settings:manage");
  const db = options.db ?? prisma;
  const now = options.now ?? new Date();
  const next = parseInput(settingsSchema, input);

  return db.$transaction(async (tx) => {
    // Read inside the transaction, so the audit event holds what was really replaced.
    const current = await getSettings(tx);
    const changes: SettingChanges = {};
    for (const key of Object.keys(next) as (keyof SettingsInput)[]) {
      if (current[key] !== next[key]) changes[key] = { from: current[key], to: next[key] };
    }
    const entries = Object.entries(changes) as [
      keyof SettingsInput,
      { from: SettingValue; to: SettingValue },
    ][];
    for (const [key, { to }] of entries) {
      await tx.setting.upsert({ where: { key }, create: { key, value: to }, update: { value: to } });
    }
    if (entries.length > 0) {
      await recordAuditEvent(tx, {
        action: "settings.update",
        entityType: "Setting",
        actorStaffId: actor.id,
        ipHash: actor.ipHash,
        occurredAt: now,
        data: { changes },
      });
    }
    return { changes };
  });
}
