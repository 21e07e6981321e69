// The Content-Security-Policy: every public, staff and volunteer page, with
// JavaScript on, loads and hydrates without a single violation reported by the
// browser (the policy allows only scripts with the response's nonce); the
// header itself has the directives we promise, with a new nonce every time.
import { expect, test, type Page } from "@playwright/test";
import { STAFF_ROUTES } from "@/lib/auth/staff-routes";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { newInvitation } from "@/lib/staff-users/invitation";
import { makeRequest } from "../integration/staff-request-fixtures";
import { latestLoginMail, makeLink, makeVolunteer } from "../integration/volunteer-portal-fixtures";
import { PUBLIC_URLS } from "./public-urls";
import { STAFF_PASSWORD, createStaff, signIn, testDb } from "./staff-fixtures";
import { asNewClient, confirmationToken } from "./support";

const DAY = 24 * 60 * 60 * 1000;
import { cspDirectives } from "../support/csp-directives";

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Collects the violations the browser reports, as events in the page and as
 * console messages, from before the first script runs. `visit` opens a page
 * and waits until React has hydrated it: proof that the allowed scripts ran.
 */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations?.push(
        `${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  async function collect() {
    const found = await page.evaluate(() => window.__cspViolations ?? []);
    violations.push(...found.map((v) => `${page.url()}: ${v}`));
  }
  async function hydrated() {
    await expect
      .poll(() => page.evaluate(() => Object.keys(document.body).some((k) => k.startsWith("__react"))), {
        message: `${page.url()} hydrated`,
      })
      .toBe(true);
  }
  return {
    violations,
    async visit(path: string) {
      const response = await page.goto(path);
      expect(response, path).not.toBeNull();
      await hydrated();
      await collect();
    },
    /** After a navigation the test caused itself (a form, a redirect). */
    async check() {
      await hydrated();
      await collect();
    },
  };
}

test.beforeEach(async ({ page }) => asNewClient(page));

test("every public page runs its scripts without a CSP violation", async ({ page }) => {
  test.setTimeout(120_000);
  const request = await makeRequest(testDb());
  const csp = await watchCsp(page);
  for (const path of [
    ...PUBLIC_URLS,
    "/aanbod/bestaat-niet",
    "/niet-gevonden",
    "/pagina-die-niet-bestaat",
    `/hulp-nodig/bedankt?bevestiging=${confirmationToken("help-request", {
      reference: request.reference,
      requestFor: "SELF",
      dueAt: Date.now() + DAY,
      exp: Date.now() + DAY,
    })}`,
    `/ik-wil-helpen/bedankt?bevestiging=${confirmationToken("volunteer-application", { exp: Date.now() + DAY })}`,
    "/login",
    "/vrijwilliger/aanmelden",
  ]) {
    await csp.visit(path);
  }
  expect(csp.violations).toEqual([]);
});

const ROLES: StaffRole[] = ["ADMIN", "COORDINATOR", "VOLUNTEER_COORDINATOR", "EDITOR", "REPORTER"];

for (const role of ROLES) {
  test(`every staff page, as ${role}, runs its scripts without a CSP violation (refusals included)`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const csp = await watchCsp(page);
    await signIn(page, await createStaff(role));
    await csp.check();
    for (const path of ["/beheer", ...STAFF_ROUTES.map((r) => r.path), "/beheer/geen-toegang"]) {
      await csp.visit(path);
    }
    expect(csp.violations).toEqual([]);
  });
}

test("the staff detail pages, second-factor set-up and invitation run their scripts without a CSP violation", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const db = testDb();
  const helpRequest = await makeRequest(db);
  const volunteer = await makeVolunteer(db);
  const invitation = newInvitation(new Date());
  await db.staffUser.create({
    data: {
      email: `invited-${invitation.tokenHash.slice(0, 12)}@e2e.example`,
      name: "E2E uitgenodigd",
      role: "EDITOR",
      passwordHash: "not-set-yet",
      inviteTokenHash: invitation.tokenHash,
      inviteExpiresAt: invitation.expiresAt,
    },
  });
  const csp = await watchCsp(page);
  await csp.visit(`/login/uitnodiging/${invitation.token}`);

  await signIn(page, await createStaff("ADMIN"));
  await csp.visit(`/beheer/aanvragen/${helpRequest.id}`);
  await csp.visit(`/beheer/vrijwilligers/${volunteer.id}`);

  // Without a second factor yet: the set-up page, with its QR code (inline SVG).
  const fresh = await createStaff("COORDINATOR", { secondFactor: false });
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(fresh.email);
  await page.getByLabel("Wachtwoord").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/beheer\/tweede-factor/);
  await csp.check();
  expect(csp.violations).toEqual([]);
});

test("every volunteer page runs its scripts without a CSP violation", async ({ page }) => {
  test.setTimeout(120_000);
  const db = testDb();
  const volunteer = await makeVolunteer(db);
  const { link } = await makeLink(db, volunteer.id);
  const other = await makeLink(db, (await makeVolunteer(db)).id);
  const csp = await watchCsp(page);

  await csp.visit("/vrijwilliger/aanmelden");
  await page.getByLabel("Je e-mailadres").fill(volunteer.email!);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.getByLabel("Code uit de mail")).toBeVisible();
  const mail = await latestLoginMail(db, volunteer.email!);
  if (!mail) throw new Error("no sign-in mail");
  await csp.visit(`/vrijwilliger/aanmelden/${mail.token}`);
  await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/vrijwilliger$/);
  await csp.check();

  for (const path of [
    "/vrijwilliger",
    `/vrijwilliger/koppelingen/${link.id}`,
    `/vrijwilliger/koppelingen/${other.link.id}`,
    "/vrijwilliger/koppeling-niet-gevonden",
    "/vrijwilliger/pauze",
  ]) {
    await csp.visit(path);
  }
  expect(csp.violations).toEqual([]);
});

test("every page sends the policy, with a new nonce each time, on Next's scripts too", async ({
  request,
}) => {
  const policies: string[] = [];
  for (const path of ["/", "/", "/login", "/vrijwilliger/aanmelden", "/niet-gevonden", "/beheer"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const policy = response.headers()["content-security-policy"];
    expect(policy, path).toBeTruthy();
    policies.push(policy!);
  }
  const nonces = policies.map((p) => /'nonce-([^']+)'/.exec(p)?.[1]);
  expect(new Set(nonces).size).toBe(policies.length);

  const policy = cspDirectives(policies[0]!);
  const scriptSrc = policy.get("script-src") ?? [];
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(scriptSrc).toContain(`'nonce-${nonces[0]}'`);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  // No third-party origin anywhere.
  expect(policies[0]).not.toMatch(/https?:|\*/);

  // Next put this response's nonce on every script of the page it rendered.
  const response = await request.get("/");
  const pageNonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${pageNonce}"`);
});
