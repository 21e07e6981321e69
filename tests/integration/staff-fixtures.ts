// Shared by the staff-*.test.ts and admin-*.test.ts files: staff accounts with
// unique e-mail addresses (the database is shared with other test files),
// their actors and signed-in sessions, and refusals. Requests in a given
// state are in staff-request-fixtures.ts.
import { randomUUID } from "node:crypto";
import type { StaffActor } from "@/lib/auth/actor";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const ROLES: StaffRole[] = ["ADMIN", "COORDINATOR", "VOLUNTEER_COORDINATOR", "EDITOR", "REPORTER"];
export const PASSWORD = "een-lang-wachtwoord-2026";

// Hashed once per file: argon2 takes a moment.
let passwordHash: Promise<string> | undefined;

/** A staff account with the fixture password; inactive ones were deactivated now. */
export async function makeStaff(
  db: Db,
  role: StaffRole,
  extra: { name?: string; email?: string; isActive?: boolean; isDemo?: boolean; totpSecret?: string } = {},
) {
  passwordHash ??= hashPassword(PASSWORD);
  const isActive = extra.isActive ?? true;
  return db.staffUser.create({
    data: {
      email: extra.email ?? `${role.toLowerCase()}-${randomUUID()}@stad.example`,
      name: extra.name ?? `Test ${role} ${randomUUID().slice(0, 6)}`,
      role,
      passwordHash: await passwordHash,
      totpSecret: extra.totpSecret ?? null,
      totpEnabledAt: extra.totpSecret ? new Date() : null,
      isDemo: extra.isDemo ?? false,
      isActive,
      deactivatedAt: isActive ? null : new Date(),
    },
  });
}

export function actorOf(user: { id: string; role: StaffRole }, ipHash = "test-ip-hash"): StaffActor {
  return { kind: "staff", id: user.id, role: user.role, ipHash, userAgent: "vitest" };
}

/** Signs a user in with the fixture password (no second factor set up), returning the session token. */
export async function signIn(db: Db, email: string, password = PASSWORD, now = new Date()): Promise<string> {
  const result = await authenticateStaff(
    { email, password, code: "" },
    { clientKey: `client-${randomUUID()}`, demoDatabase: false, db, now },
  );
  if (!result.ok) throw new Error(`sign-in failed: ${result.reason}`);
  return result.sessionToken;
}

/** Runs a promise that must be refused; returns the error. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<Error & { code?: string; fieldErrors?: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a refusal, but it succeeded");
}
