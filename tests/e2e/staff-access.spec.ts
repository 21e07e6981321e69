import { expect, test, type APIRequestContext } from "@playwright/test";
import { can, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { STAFF_ROUTES } from "@/lib/auth/staff-routes";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { makeRequest } from "../integration/staff-request-fixtures";
import { createStaff, signIn, testDb } from "./staff-fixtures";
import { asNewClient } from "./support";

const ROLES = Object.keys(ROLE_PERMISSIONS) as StaffRole[];
// A request header that once let requests skip Next.js middleware (CVE-2025-29927): the pages must guard themselves.
const BYPASS = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };

async function statusOf(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const response = await request.get(path, { maxRedirects: 0, headers });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}

test.describe("anonymous visitors", () => {
  for (const route of [{ path: "/beheer" }, ...STAFF_ROUTES]) {
    for (const [label, headers] of [
      ["plain", {}],
      ["with x-middleware-subrequest", BYPASS],
    ] as const) {
      test(`are sent to the login page from ${route.path} (${label})`, async ({ request }) => {
        const { status, location } = await statusOf(request, route.path, headers);
        expect([302, 303, 307, 308]).toContain(status);
        expect(location).toMatch(/\/login/);
      });
    }
  }
});

for (const role of ROLES) {
  test.describe(`as ${role}`, () => {
    test("every staff page opens exactly when the permission table allows it", async ({ page }) => {
      const staff = await createStaff(role);
      await signIn(page, staff);
      for (const route of STAFF_ROUTES) {
        for (const headers of [{}, BYPASS]) {
          const { status } = await statusOf(page.request, route.path, headers);
          expect(status, `${role} ${route.path}`).toBe(can(role, route.permission) ? 200 : 403);
        }
      }
      // The start page opens for everyone signed in.
      expect((await statusOf(page.request, "/beheer")).status).toBe(200);
    });
  });
}

test("without JavaScript, a role without the permission sees the refusal in Dutch, with status 403 and no personal data", async ({
  browser,
}) => {
  const request = await makeRequest(testDb(), {
    person: { firstName: "Geheimnaam", phoneE164: "+32470999111" },
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await asNewClient(page);
  await signIn(page, await createStaff("EDITOR"));
  const response = await page.goto(`/beheer/aanvragen/${request.id}`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expect(page.getByText(/Je rol geeft geen toegang tot deze pagina/)).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain("Geheimnaam");
  expect(html).not.toContain("999111");
  await context.close();
});
