import { expect, test, type Page } from "@playwright/test";
import { testDb } from "./staff-fixtures";
import { REFERENCE, asNewClient, referenceOnPage, tabTo, takeYourTime } from "./support";

test.beforeEach(async ({ page }) => {
  await asNewClient(page);
});

async function fillForMyself(page: Page) {
  await page.getByRole("radio", { name: "Voor mezelf" }).check();
  await page.locator('input[name="firstName"]').fill("Maria");
  await page.locator('input[name="phone"]').fill("0470/12.34.56");
  await page.getByRole("checkbox", { name: "Een babbel of telefoontje" }).check();
  await page.getByRole("checkbox", { name: "Een bezoek of een wandeling" }).check();
  await page
    .locator('textarea[name="message"]')
    .fill("Sinds mijn man overleden is, zie ik bijna niemand meer.");
  await page.locator('select[name="neighbourhood"]').selectOption({ label: "Nekkerspoel" });
  await page.getByRole("radio", { name: "In de voormiddag" }).check();
  await page.getByRole("radio", { name: "75 jaar of ouder" }).check();
  await page.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
}

async function expectConfirmation(page: Page) {
  await expect(page).toHaveURL(/\/hulp-nodig\/bedankt\?bevestiging=/);
  const reference = await referenceOnPage(page);
  expect(reference).toMatch(REFERENCE);
  await expect(page.getByText(/We bellen (je|eerst jou),? uiterlijk/)).toBeVisible();
  // The crisis numbers are on the confirmation too.
  await expect(page.locator('a[href="tel:106"]').first()).toBeVisible();
  return reference;
}

test("a resident asks for help for herself, with JavaScript", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("banner")
    .getByRole("link", { name: /Hulp nodig/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const start = Date.now();
  await fillForMyself(page);
  await takeYourTime(page, start);
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expectConfirmation(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident asks for help, corrects a mistake, and nothing she typed is lost", async ({ page }) => {
    await page.goto("/hulp-nodig");
    const start = Date.now();
    await page.getByRole("radio", { name: "Voor mezelf" }).check();
    await page.locator('input[name="firstName"]').fill("Jozef");
    await page.locator('input[name="phone"]').fill("12");
    await page.locator('textarea[name="message"]').fill("Ik zou graag eens buiten komen.");
    await page.getByRole("checkbox", { name: "Boodschappen of klusjes" }).check();
    await takeYourTime(page, start);
    await page.getByRole("button", { name: "Vraag versturen" }).click();

    // Still on the form, with an error summary that links to each field.
    await expect(page).toHaveURL(/\/hulp-nodig$/);
    const summary = page.getByRole("alert");
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: /telefoonnummer klopt niet/i })).toHaveAttribute(
      "href",
      /#/,
    );
    await expect(summary.getByRole("link", { name: /toestemming/i })).toBeVisible();
    // The field itself says what is wrong, and is marked invalid.
    await expect(page.locator('input[name="phone"]')).toHaveAttribute("aria-invalid", "true");
    // Everything typed is still there.
    await expect(page.locator('input[name="firstName"]')).toHaveValue("Jozef");
    await expect(page.locator('input[name="phone"]')).toHaveValue("12");
    await expect(page.locator('textarea[name="message"]')).toHaveValue("Ik zou graag eens buiten komen.");
    await expect(page.getByRole("radio", { name: "Voor mezelf" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Boodschappen of klusjes" })).toBeChecked();

    await page.locator('input[name="phone"]').fill("+32 470 12 34 56");
    await page.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
    await page.getByRole("button", { name: "Vraag versturen" }).click();
    await expectConfirmation(page);
  });

  test("a neighbour asks for help for someone else and hears the city calls her first", async ({ page }) => {
    await page.goto("/hulp-nodig");
    const start = Date.now();
    await page.getByRole("radio", { name: "Voor iemand anders" }).check();
    await page
      .getByRole("group", { name: /Weet die persoon/ })
      .getByRole("radio", { name: "Nee" })
      .check();
    await page.locator('input[name="reporterFirstName"]').fill("Els");
    await page.locator('input[name="reporterPhone"]').fill("015 12 34 56");
    await page.locator('input[name="reporterRelation"]').fill("buurvrouw");
    await page.locator('input[name="firstName"]').fill("Georges");
    await page.getByRole("checkbox", { name: "Een bezoek of een wandeling" }).check();
    await page.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
    await takeYourTime(page, start);
    await page.getByRole("button", { name: "Vraag versturen" }).click();
    await expectConfirmation(page);
    await expect(page.getByText(/We bellen eerst jou/).first()).toBeVisible();
  });
});

test("a resident asks for help using only the keyboard", async ({ page }) => {
  await page.goto("/hulp-nodig");
  const start = Date.now();
  await tabTo(page, 'input[name="requestFor"][value="SELF"]');
  await page.keyboard.press("Space");
  await tabTo(page, 'input[name="needs"][value="CHAT_OR_CALL"]');
  await page.keyboard.press("Space");
  await tabTo(page, 'input[name="firstName"]');
  await page.keyboard.type("Anna");
  await tabTo(page, 'input[name="phone"]');
  await page.keyboard.type("0470 11 22 33");
  await tabTo(page, 'input[name="consent"]');
  await page.keyboard.press("Space");
  await tabTo(page, 'button[type="submit"]');
  await expect(page.getByRole("button", { name: "Vraag versturen" })).toBeFocused();
  await takeYourTime(page, start);
  await page.keyboard.press("Enter");
  await expectConfirmation(page);
});

test("a resident asks for help on a 320 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/hulp-nodig");
  const start = Date.now();
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await fillForMyself(page);
  await takeYourTime(page, start);
  const button = page.getByRole("button", { name: "Vraag versturen" });
  const box = await button.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await button.click();
  await expectConfirmation(page);
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test("a form sent twice (double click) gives one request and the same reference", async ({ page }) => {
  await page.goto("/hulp-nodig");
  const start = Date.now();
  await fillForMyself(page);
  await takeYourTime(page, start);
  const token = await page.locator('input[name="formToken"]').inputValue();
  await page.getByRole("button", { name: "Vraag versturen" }).dblclick();
  const first = await expectConfirmation(page);
  // A retry of the very same form (same token), as a browser's resend would do.
  await page.goto("/hulp-nodig");
  await fillForMyself(page);
  await page
    .locator('input[name="formToken"]')
    .evaluate((el, value) => ((el as HTMLInputElement).value = value), token);
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  expect(await expectConfirmation(page)).toBe(first);
  // One request in the database for that form (its token's nonce is the submission key).
  const nonce = token.split(".")[1];
  expect(nonce).toBeTruthy();
  expect(await testDb().helpRequest.count({ where: { submissionToken: nonce } })).toBe(1);
});

test.describe("when the database is down", () => {
  test.use({ baseURL: `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}` });

  for (const javaScriptEnabled of [true, false]) {
    test(`the form comes back filled in with the phone number (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/hulp-nodig");
      const start = Date.now();
      await page.getByRole("radio", { name: "Voor mezelf" }).check();
      await page.locator('input[name="firstName"]').fill("Maria");
      await page.locator('input[name="phone"]').fill("0470 12 34 56");
      await page.getByRole("checkbox", { name: "Een babbel of telefoontje" }).check();
      await page.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
      await takeYourTime(page, start);
      await page.getByRole("button", { name: "Vraag versturen" }).click();
      await expect(page.getByText(/nog niet verstuurd/i).first()).toBeVisible();
      await expect(page).toHaveURL(/\/hulp-nodig$/);
      await expect(page.getByRole("alert").locator('a[href^="tel:0800"]')).toBeVisible();
      await expect(page.locator('input[name="firstName"]')).toHaveValue("Maria");
      await expect(page.locator('input[name="phone"]')).toHaveValue("0470 12 34 56");
      await expect(page.getByRole("checkbox", { name: "Een babbel of telefoontje" })).toBeChecked();
      await expect(page.getByText(/goed ontvangen/i)).toHaveCount(0);
      await context.close();
    });
  }
});
