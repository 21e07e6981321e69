import { expect, test } from "@playwright/test";
import { totpCode } from "@/lib/auth/totp";
import { openTotpSecret } from "@/lib/auth/totp-secret-box";
import { E2E_AUTH_SECRET, STAFF_PASSWORD, createStaff, signIn, testDb } from "./staff-fixtures";

test("a coordinator signs in with password and app code, and signs out", async ({ page }) => {
  const staff = await createStaff("COORDINATOR");
  await signIn(page, staff);
  await expect(page.getByRole("heading", { level: 1, name: "Vandaag" })).toBeVisible();
  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/beheer");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong code is refused with a message that gives nothing away", async ({ page }) => {
  const staff = await createStaff("COORDINATOR");
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(staff.email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  await page
    .getByLabel(/Code uit je app/)
    .fill(totpCode(staff.totpSecret!) === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page.getByRole("alert", { name: "Aanmelden lukte niet" })).toContainText(
    "Deze combinatie van e-mailadres, wachtwoord en code klopt niet",
  );
  await expect(page.getByLabel("E-mailadres")).toHaveValue(staff.email);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("an editor signs in (no second factor for a role without personal data)", async ({ page }) => {
    const staff = await createStaff("EDITOR", { secondFactor: false });
    await signIn(page, staff);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welkom");
  });
});

test("a coordinator without a second factor must set it up first", async ({ page }) => {
  const staff = await createStaff("COORDINATOR", { secondFactor: false });
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(staff.email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/beheer\/tweede-factor/);
  // Every other staff page waits for the second factor.
  await page.goto("/beheer/aanvragen");
  await expect(page).toHaveURL(/\/beheer\/tweede-factor/);
  // Also a page the role may not open: enrolment first, not the refusal.
  await page.goto("/beheer/gebruikers");
  await expect(page).toHaveURL(/\/beheer\/tweede-factor/);
  await expect(page.getByRole("img", { name: /QR-code/ })).toBeVisible();
  const { totpSecret } = await testDb().staffUser.findUniqueOrThrow({ where: { id: staff.id } });
  // Stored encrypted: read it as the server does.
  await page.getByLabel(/Code uit je app/).fill(totpCode(openTotpSecret(totpSecret!, E2E_AUTH_SECRET)));
  await page.getByRole("button", { name: "Tweede stap instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vandaag" })).toBeVisible();
});

test("a deactivated user is out on the next request", async ({ page }) => {
  const staff = await createStaff("COORDINATOR");
  await signIn(page, staff);
  await testDb().staffUser.update({ where: { id: staff.id }, data: { isActive: false } });
  await page.goto("/beheer/aanvragen");
  await expect(page).toHaveURL(/\/login/);
  // A page the role may not open: out as well, not a refusal.
  await page.goto("/beheer/gebruikers");
  await expect(page).toHaveURL(/\/login/);
});
