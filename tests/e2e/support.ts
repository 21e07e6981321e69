import { createHmac } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Each test is its own client (own address for the per-client rate limit), as
 * separate residents are: otherwise the suite itself would trip the limit. The
 * test server trusts one proxy (TRUSTED_PROXY_HOPS=1 in server.mjs), and the
 * test plays it, so this address is the one the app sees.
 */
export async function asNewClient(page: Page): Promise<void> {
  const part = () => Math.floor(Math.random() * 254) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${part()}.${part()}.${part()}` });
}

/**
 * A person needs more than the few seconds the form requires against bots
 * (MIN_FILL_TIME_MS). Tests type faster than people, so they wait out the rest.
 */
export async function takeYourTime(page: Page, since: number, minMs = 3_500): Promise<void> {
  const left = minMs - (Date.now() - since);
  if (left > 0) await page.waitForTimeout(left);
}

/** Presses Tab until the focused element matches the CSS selector, as a keyboard user would; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

export const REFERENCE = /HV-[34679ACDEFGHJKMNPQRTWXY]{6}/;

/** The reference a thank-you page shows (it is no longer in the address, which carries a signed token). */
export async function referenceOnPage(page: Page): Promise<string> {
  const shown = page.getByText(REFERENCE).first();
  await shown.waitFor();
  return REFERENCE.exec((await shown.textContent()) ?? "")?.[0] ?? "";
}

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The page has no WCAG 2.1 A/AA violations axe can find; `what` names the page in a failure. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    what,
  ).toEqual([]);
}

/**
 * A thank-you page's confirmation token, made by hand with the e2e server's
 * secret in the documented format (lib/forms/confirmation-token.ts):
 * base64url(JSON) "." HMAC-SHA256 over "confirmation.<purpose>.<payload>".
 */
export function confirmationToken(purpose: string, payload: object): string {
  const secret = process.env.AUTH_SECRET ?? "e2e-secret-not-for-production";
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  const signature = createHmac("sha256", secret)
    .update(`confirmation.${purpose}.${body}`)
    .digest("base64url");
  return `${body}.${signature}`;
}
