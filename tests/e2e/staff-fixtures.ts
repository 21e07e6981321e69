// Staff users for end-to-end tests, created straight in the test server's
// database (as epic-stack's fixtures do), and a sign-in through the real form.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { generateTotpSecret, totpCode } from "@/lib/auth/totp";
import { createPrismaClient } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const STAFF_PASSWORD = "e2e-wachtwoord-lang-genoeg";

/** The test server's database: written by tests/e2e/server.mjs for the server on this port. */
export function testDatabaseUrl(): string {
  const port = process.env.E2E_PORT ?? "3100";
  return fs.readFileSync(path.join(process.cwd(), "reports", `e2e-database-url-${port}`), "utf8").trim();
}

let db: ReturnType<typeof createPrismaClient> | undefined;
export function testDb() {
  db ??= createPrismaClient(testDatabaseUrl());
  return db;
}

export interface TestStaff {
  id: string;
  email: string;
  role: StaffRole;
  totpSecret: string | null;
}

/** A staff member with a role; with `secondFactor` their TOTP is already set up. */
export async function createStaff(
  role: StaffRole,
  { secondFactor = true }: { secondFactor?: boolean } = {},
): Promise<TestStaff> {
  const totpSecret = secondFactor ? generateTotpSecret() : null;
  const user = await testDb().staffUser.create({
    data: {
      email: `${role.toLowerCase()}-${randomUUID()}@e2e.example`,
      name: `E2E ${role}`,
      role,
      passwordHash: await hashPassword(STAFF_PASSWORD),
      totpSecret,
      totpEnabledAt: totpSecret ? new Date() : null,
    },
  });
  return { id: user.id, email: user.email, role, totpSecret };
}

/** The AUTH_SECRET of the test server (tests/e2e/server.mjs), to read the TOTP secrets it stored encrypted. */
export const E2E_AUTH_SECRET = process.env.AUTH_SECRET ?? "e2e-secret-not-for-production";

/** Signs in through the login form, with the current TOTP code when set up. */
export async function signIn(page: Page, staff: TestStaff): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(staff.email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  if (staff.totpSecret) {
    // A code works once: a test signing the same account in twice within 30 s
    // would be refused as a replay, so forget the last used step first.
    await testDb().staffUser.update({ where: { id: staff.id }, data: { lastTotpStep: null } });
    await page.getByLabel(/Code uit je app/).fill(totpCode(staff.totpSecret));
  }
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/beheer/);
}
