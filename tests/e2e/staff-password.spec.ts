// Issue 9, point 11 end to end: a staff member changes their own password and
// signs in with the new one; an admin sends a reset link, and the link (read
// from the outbox) sets a new password once. Both new pages are checked with
// axe (WCAG 2.1 A/AA).
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createStaff, signIn, STAFF_PASSWORD, testDb } from "./staff-fixtures";
import { asNewClient, expectNoAxeViolations } from "./support";

/** Signs in with e-mail and password only (roles without a second factor). */
async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Aanmelden" }).click();
}

test("a staff member changes their password and signs in with the new one", async ({ page }) => {
  await asNewClient(page);
  const staff = await createStaff("EDITOR", { secondFactor: false });
  await signIn(page, staff);
  await page.getByRole("link", { name: "Mijn wachtwoord" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn wachtwoord wijzigen" })).toBeVisible();
  await expectNoAxeViolations(page, "change password page");

  // A common password is refused, saying why.
  await page.getByLabel("Huidig wachtwoord").fill(STAFF_PASSWORD);
  await page.getByLabel("Nieuw wachtwoord").fill("Wachtwoord2026!");
  await page.getByLabel("Typ je nieuwe wachtwoord nog eens").fill("Wachtwoord2026!");
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByText(/veelgebruikte of gelekte wachtwoorden/).first()).toBeVisible();
  await expectNoAxeViolations(page, "change password page with an error");

  const newPassword = `kiezel en zand ${randomUUID().slice(0, 6)}`;
  await page.getByLabel("Huidig wachtwoord").fill(STAFF_PASSWORD);
  await page.getByLabel("Nieuw wachtwoord").fill(newPassword);
  await page.getByLabel("Typ je nieuwe wachtwoord nog eens").fill(newPassword);
  await page.getByRole("button", { name: "Wachtwoord wijzigen" }).click();
  await expect(page.getByRole("heading", { name: "Je wachtwoord is gewijzigd" })).toBeVisible();
  // This session stays.
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/beheer$/);

  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signInWithPassword(page, staff.email, STAFF_PASSWORD);
  await expect(page).toHaveURL(/\/login/);
  await signInWithPassword(page, staff.email, newPassword);
  await expect(page).toHaveURL(/\/beheer/);
});

test("an admin sends a reset link, and the link sets a new password once", async ({ page, browser }) => {
  await asNewClient(page);
  const admin = await createStaff("ADMIN");
  const colleague = await createStaff("EDITOR", { secondFactor: false });
  const name = `E2E Vergeten ${randomUUID().slice(0, 8)}`;
  await testDb().staffUser.update({ where: { id: colleague.id }, data: { name } });
  await signIn(page, admin);

  await page.goto("/beheer/gebruikers");
  await page.getByText(`Wijzigen voor ${name}`).click();
  await page.getByLabel(`Ik weet het zeker (nieuw wachtwoord sturen naar ${name})`).check();
  await page.getByRole("button", { name: `Link sturen voor een nieuw wachtwoord naar ${name}` }).click();
  await expect(page.getByText(new RegExp(`Gelukt: ${name} is afgemeld en krijgt een mail`))).toBeVisible();
  await expectNoAxeViolations(page, "users page with the reset answer");

  const mail = await testDb().outboxMessage.findFirstOrThrow({
    where: { to: colleague.email },
    orderBy: { createdAt: "desc" },
  });
  expect(mail.textBody).not.toMatch(/nieuw-wachtwoord/);
  const secrets = (mail.secrets ?? {}) as { wachtwoordlink?: string };
  const path = /\/login\/nieuw-wachtwoord\/[A-Za-z0-9_-]{43}/.exec(secrets.wachtwoordlink ?? "")?.[0];
  expect(path).toBeTruthy();

  const context = await browser.newContext();
  const visitor = await context.newPage();
  await asNewClient(visitor);
  await visitor.goto(path!);
  await expect(visitor.getByRole("heading", { level: 1, name: "Kies een nieuw wachtwoord" })).toBeVisible();
  await expectNoAxeViolations(visitor, "reset password page");
  const newPassword = `wolken boven de Schelde ${randomUUID().slice(0, 6)}`;
  await visitor.getByLabel("Nieuw wachtwoord").fill(newPassword);
  await visitor.getByLabel("Typ je wachtwoord nog eens").fill(newPassword);
  await visitor.getByRole("button", { name: "Nieuw wachtwoord instellen" }).click();
  await expect(visitor.getByRole("heading", { name: "Je wachtwoord is ingesteld" })).toBeVisible();
  await expectNoAxeViolations(visitor, "reset password page, done");

  // Used: the link no longer works.
  await visitor.goto(path!);
  await expect(visitor.getByRole("heading", { level: 1, name: "Deze link werkt niet" })).toBeVisible();

  await signInWithPassword(visitor, colleague.email, newPassword);
  await expect(visitor).toHaveURL(/\/beheer/);
  await context.close();
});
