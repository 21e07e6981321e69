// Signing in at another address than the configured one. The test server is
// configured as http://localhost:<port> (NEXTAUTH_URL, tests/e2e/server.mjs);
// a newcomer opens http://127.0.0.1:<port> instead. Sign-in must land them in
// the staff area at the address they opened, signed in, and the login page
// says which address the portal is set to.
import { expect, test, type Browser } from "@playwright/test";
import { totpCode } from "@/lib/auth/totp";
import { STAFF_PASSWORD, createStaff } from "./staff-fixtures";
import { asNewClient } from "./support";

function addresses(baseURL: string | undefined) {
  const port = new URL(baseURL!).port;
  return { opened: `http://127.0.0.1:${port}`, configured: `http://localhost:${port}` };
}

async function signInAt(browser: Browser, baseURL: string | undefined, javaScriptEnabled: boolean) {
  const { opened } = addresses(baseURL);
  const context = await browser.newContext({ baseURL: opened, javaScriptEnabled });
  const page = await context.newPage();
  await asNewClient(page);
  const staff = await createStaff("COORDINATOR");
  await page.goto(`${opened}/login`);
  await page.getByLabel("E-mailadres").fill(staff.email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  await page.getByLabel(/Code uit je app/).fill(totpCode(staff.totpSecret!));
  await page.getByRole("button", { name: "Aanmelden" }).click();
  return { page, context, opened };
}

for (const javaScriptEnabled of [true, false]) {
  test(`signing in at 127.0.0.1 lands in the staff area there, signed in (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    const { page, context, opened } = await signInAt(browser, baseURL, javaScriptEnabled);
    await expect(page).toHaveURL(`${opened}/beheer`);
    await expect(page.getByRole("heading", { level: 1, name: "Vandaag" })).toBeVisible();
    // Logging out stays at this address too.
    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page).toHaveURL(`${opened}/login`);
    await page.goto(`${opened}/beheer`);
    await expect(page).toHaveURL(`${opened}/login`);
    await context.close();
  });
}

test("the login page at 127.0.0.1 says which address the portal is set to", async ({ page, baseURL }) => {
  const { opened, configured } = addresses(baseURL);
  await page.goto(`${opened}/login`);
  await expect(page.getByRole("note")).toContainText(
    `Je opende het portaal op ${opened}, maar het is ingesteld op ${configured}. Meld je aan via ${configured}/login.`,
  );
  await expect(page.getByRole("link", { name: `${configured}/login` })).toHaveAttribute(
    "href",
    `${configured}/login`,
  );
});

test("at the configured address the login page shows no notice", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelden voor medewerkers" })).toBeVisible();
  await expect(page.getByRole("note")).toHaveCount(0);
});
