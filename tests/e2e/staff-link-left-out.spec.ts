// "Who was left out and why" on a request's page is loaded only on demand:
// by default a plain link, which (without JavaScript too) reloads the page
// with ?uitleg=niet-voorgesteld and shows the list, nearest first, each with
// its reason; another link hides it again. With JavaScript the same link
// works, and the opened list passes axe.
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { makeRequest } from "../integration/staff-request-fixtures";
import { createStaff, signIn, testDb } from "./staff-fixtures";
import { asNewClient } from "./support";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** An assessed request with one volunteer who fits (Mira) and one left out: not screened (Aagje). */
async function requestWithLeftOut() {
  const db = testDb();
  const hood = await db.neighbourhood.findFirstOrThrow({ orderBy: { slug: "asc" } });
  // An activity no other test's volunteer offers, so these two are the whole story.
  const request = await makeRequest(db, {
    status: "ASSESSED",
    needs: ["NOT_SURE"],
    neighbourhoodId: hood.id,
  });
  const tag = randomUUID().slice(0, 6);
  for (const [firstName, screened] of [
    ["Mira", true],
    ["Aagje", false],
  ] as const) {
    await db.volunteer.create({
      data: {
        status: "ACTIVE",
        firstName,
        lastName: `Uitleg-${tag}`,
        activities: ["NOT_SURE"],
        languages: ["nl"],
        neighbourhoodId: hood.id,
        screenedAt: screened ? new Date("2026-01-01T00:00:00Z") : null,
        conductCertificateOn: screened ? new Date("2025-12-01T00:00:00Z") : null,
        activatedAt: new Date("2026-01-02T00:00:00Z"),
      },
    });
  }
  return { requestId: request.id, mira: `Mira Uitleg-${tag}`, aagje: `Aagje Uitleg-${tag}` };
}

const OPEN = "Bekijk wie niet voorgesteld werd en waarom";
const leftOutRegion = (page: Page) =>
  page.getByRole("region", { name: /^Niet voorgesteld \(\d+\) en waarom$/ });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a coordinator opens who was not suggested and why, and hides it again", async ({ page }) => {
    const { requestId, mira, aagje } = await requestWithLeftOut();
    await asNewClient(page);
    await signIn(page, await createStaff("VOLUNTEER_COORDINATOR"));
    await page.goto(`/beheer/aanvragen/${requestId}`);
    await expect(page.getByText(mira)).toBeVisible();
    // Not loaded by default: only the link.
    await expect(leftOutRegion(page)).toHaveCount(0);
    await expect(page.getByText(aagje)).toHaveCount(0);

    await page.getByRole("link", { name: OPEN }).click();
    await expect(page).toHaveURL(/\?uitleg=niet-voorgesteld#niet-voorgesteld$/);
    await expect(leftOutRegion(page).getByRole("listitem").filter({ hasText: aagje })).toHaveText(
      `${aagje}: nog niet gescreend: geen bewijs van goed gedrag en zeden geregistreerd`,
    );
    // The suggestions and the form are still there.
    await expect(page.getByText(mira)).toBeVisible();

    await leftOutRegion(page).getByRole("link", { name: "Verberg wie niet voorgesteld werd" }).click();
    await expect(page).toHaveURL(new RegExp(`/beheer/aanvragen/${requestId}#koppelen-aan-buur$`));
    await expect(leftOutRegion(page)).toHaveCount(0);
    await expect(page.getByRole("link", { name: OPEN })).toBeVisible();
  });
});

test("with JavaScript the link opens the same list, which passes axe", async ({ page }) => {
  const { requestId, aagje } = await requestWithLeftOut();
  await asNewClient(page);
  await signIn(page, await createStaff("VOLUNTEER_COORDINATOR"));
  await page.goto(`/beheer/aanvragen/${requestId}`);
  await page.getByRole("link", { name: OPEN }).click();
  await expect(leftOutRegion(page).getByText(aagje)).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
