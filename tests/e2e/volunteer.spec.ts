import { expect, test, type Page } from "@playwright/test";
import { asNewClient, takeYourTime } from "./support";

test.beforeEach(async ({ page }) => {
  await asNewClient(page);
});

async function signUp(page: Page) {
  await page.goto("/ik-wil-helpen");
  const start = Date.now();
  await page.locator('input[name="firstName"]').fill("Rita");
  await page.locator('input[name="lastName"]').fill("Peeters");
  await page.locator('input[name="phone"]').fill("0486 55 44 33");
  await page.locator('input[name="email"]').fill(`rita.${Date.now()}@example.org`);
  await page.locator('select[name="neighbourhood"]').selectOption({ label: "Hombeek" });
  await page.getByRole("checkbox", { name: "Een babbel doen of iemand opbellen" }).check();
  await page.getByRole("checkbox", { name: "Op bezoek gaan of samen wandelen" }).check();
  await page
    .getByRole("group", { name: "Welke talen spreek je?" })
    .getByRole("checkbox", { name: "Frans" })
    .check();
  await page
    .getByRole("group", { name: "Maandag" })
    .getByRole("checkbox", { name: /namiddag/i })
    .check();
  await page.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
  await takeYourTime(page, start);
  await page.getByRole("button", { name: /aanmelden|versturen/i }).click();
  await expect(page).toHaveURL(/\/ik-wil-helpen\/bedankt/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/kennismakingsgesprek/i).first()).toBeVisible();
}

test("someone signs up as a caring neighbour, with JavaScript", async ({ page }) => {
  await signUp(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("someone signs up as a caring neighbour", async ({ page }) => {
    await signUp(page);
  });

  test("a sign-up with mistakes comes back with clear messages and everything typed", async ({ page }) => {
    await page.goto("/ik-wil-helpen");
    const start = Date.now();
    await page.locator('input[name="firstName"]').fill("Youssef");
    await page.locator('textarea[name="motivation"]').fill("Ik wil graag iets betekenen in mijn buurt.");
    await takeYourTime(page, start);
    await page.getByRole("button", { name: /aanmelden|versturen/i }).click();
    await expect(page).toHaveURL(/\/ik-wil-helpen$/);
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByRole("alert").getByRole("link").first()).toHaveAttribute("href", /^#/);
    await expect(page.locator('input[name="firstName"]')).toHaveValue("Youssef");
    await expect(page.locator('textarea[name="motivation"]')).toHaveValue(
      "Ik wil graag iets betekenen in mijn buurt.",
    );
  });
});
