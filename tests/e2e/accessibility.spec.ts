import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { PUBLIC_URLS } from "./public-urls";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const url of PUBLIC_URLS) {
  test.describe(`public page ${url}`, () => {
    test("has no WCAG 2.1 A/AA violations (axe)", async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    });

    test("carries the help button and the free phone number, and one h1", async ({ page }) => {
      await page.goto(url);
      const header = page.getByRole("banner");
      await expect(header.getByRole("link", { name: /Hulp nodig/ })).toHaveAttribute("href", "/hulp-nodig");
      await expect(header.locator('a[href^="tel:0800"]')).toBeVisible();
      await expect(page.locator("h1")).toHaveCount(1);
    });

    test("fits 320 px wide without scrolling sideways, and at 200% zoom", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      // Browser zoom at 200% on a 1280 × 800 screen lays the page out at 640 × 400 CSS px…
      await page.setViewportSize({ width: 640, height: 400 });
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      // …and text-only zoom doubles the text (18 px → 36 px) at full width.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.evaluate(() => (document.documentElement.style.fontSize = "225%"));
      const zoomedOverflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(zoomedOverflow).toBeLessThanOrEqual(0);
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const url of PUBLIC_URLS) {
    test(`${url} renders its content`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1")).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: /Hulp nodig/ })).toBeVisible();
    });
  }
});

test("the help pages show the crisis numbers", async ({ page }) => {
  for (const url of ["/hulp-nodig", "/over-eenzaamheid"]) {
    await page.goto(url);
    for (const number of ["112", "106", "1813"]) {
      await expect(page.locator(`a[href="tel:${number}"]`).first()).toBeVisible();
    }
  }
});

test.describe("an unknown offer, testimony or campaign, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const url of ["/aanbod/bestaat-niet", "/getuigenissen/bestaat-niet", "/campagnes/bestaat-niet"]) {
    test(`${url} answers 404 with a real page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Deze pagina vinden we niet" })).toBeVisible();
      await expect(page.getByRole("banner").getByRole("link", { name: /Hulp nodig/ })).toBeVisible();
    });
  }
});

test("an unknown page says so in Dutch and still offers help", async ({ page }) => {
  const response = await page.goto("/bestaat-niet");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("banner").getByRole("link", { name: /Hulp nodig/ })).toBeVisible();
  await expect(page.locator("h1")).toBeVisible();
});
