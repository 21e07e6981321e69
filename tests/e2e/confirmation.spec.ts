// The thank-you pages render from the signed token in their address, so the
// confirmation shows even while the database is unreachable (the second
// server, on E2E_PORT + 1, has no database). Tokens are made here by hand with
// the e2e server's secret, following the documented format.
import { expect, test } from "@playwright/test";
import { confirmationToken as token } from "./support";

const DOWN = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;
const DAY = 24 * 60 * 60 * 1000;

const helpToken = token("help-request", {
  reference: "HV-3C4D6F",
  requestFor: "SOMEONE_ELSE",
  dueAt: Date.now() + 2 * DAY,
  exp: Date.now() + DAY,
});

test.describe("with the database down and without JavaScript", () => {
  test.use({ baseURL: DOWN, javaScriptEnabled: false });

  test("the help request's confirmation shows from the signed token", async ({ page }) => {
    const response = await page.goto(`/hulp-nodig/bedankt?bevestiging=${helpToken}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We hebben je vraag goed ontvangen");
    await expect(page.getByText("HV-3C4D6F")).toBeVisible();
    await expect(page.getByText(/^We bellen eerst jou, uiterlijk .+\.$/)).toBeVisible();
    await expect(
      page.getByText("Een medewerker van de stad belt eerst jou.", { exact: false }),
    ).toBeVisible();
    await expect(page.locator('a[href="tel:106"]').first()).toBeVisible();
  });

  test("the volunteer's confirmation shows from the signed token", async ({ page }) => {
    const response = await page.goto(
      `/ik-wil-helpen/bedankt?bevestiging=${token("volunteer-application", { exp: Date.now() + DAY })}`,
    );
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Bedankt, we hebben je aanmelding goed ontvangen",
    );
  });

  test("a tampered token gets a readable page with the phone number, never 'received'", async ({ page }) => {
    const [body, signature] = helpToken.split(".");
    const changed = Buffer.from(
      JSON.stringify({
        reference: "HV-777777",
        requestFor: "SELF",
        dueAt: Date.now(),
        exp: Date.now() + DAY,
      }),
    ).toString("base64url");
    for (const forged of [`${changed}.${signature}`, `${body}.${"A".repeat(43)}`, "HV-3C4D6F", ""]) {
      const response = await page.goto(`/hulp-nodig/bedankt?bevestiging=${encodeURIComponent(forged)}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "We kunnen deze bevestiging niet lezen",
      );
      await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
      await expect(page.getByText(/goed ontvangen/)).toHaveCount(0);
      await expect(page.getByText("HV-777777")).toHaveCount(0);
    }
  });

  test("an expired token says so, with the phone number", async ({ page }) => {
    const expired = token("volunteer-application", { exp: Date.now() - 1 });
    await page.goto(`/ik-wil-helpen/bedankt?bevestiging=${expired}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deze bevestiging is verlopen");
    await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  });
});
