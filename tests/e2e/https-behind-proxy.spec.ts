// Behind an HTTPS proxy: HSTS and __Host- cookies when a proxy of our own
// (TRUSTED_PROXY_HOPS) says the request came in over HTTPS, and nothing of
// the kind when anyone else sends that header. Each case gets its own server
// on the test database, since TRUSTED_PROXY_HOPS is read from the environment.
import { expect, test, type Browser, type Response } from "@playwright/test";
import { latestLoginMail, makeVolunteer } from "../integration/volunteer-portal-fixtures";
import { startOwnServer, type OwnServer } from "./own-server";
import { signIn, createStaff, testDb } from "./staff-fixtures";

const HTTPS = { "x-forwarded-proto": "https" };

/** The same build with TRUSTED_PROXY_HOPS as given; the scheme must come from the proxy alone, not a configured https:// address. */
function startServer(trustedProxyHops: string): Promise<OwnServer> {
  return startOwnServer({
    TRUSTED_PROXY_HOPS: trustedProxyHops,
    NEXTAUTH_URL: undefined,
    AUTH_URL: undefined,
    TEZAMEN_BASE_URL: undefined,
  });
}

/** The Set-Cookie lines of every response the page received. */
function setCookiesOf(responses: Response[]) {
  return Promise.all(
    responses.map(async (r) =>
      (await r.headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value),
    ),
  ).then((lists) => lists.flat());
}

/** Signs a staff member and a volunteer in through the real forms, sending X-Forwarded-Proto: https; returns every cookie set. */
async function signInBothWithProxyHeader(browser: Browser, server: OwnServer) {
  const context = await browser.newContext({ baseURL: server.url, extraHTTPHeaders: HTTPS });
  const page = await context.newPage();
  const responses: Response[] = [];
  page.on("response", (r) => responses.push(r));
  await signIn(page, await createStaff("COORDINATOR"));

  const volunteer = await makeVolunteer(testDb());
  await page.goto("/vrijwilliger/aanmelden");
  await page.getByLabel("Je e-mailadres").fill(volunteer.email!);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.getByLabel("Code uit de mail")).toBeVisible();
  const mail = await latestLoginMail(testDb(), volunteer.email!);
  await page.goto(`/vrijwilliger/aanmelden/${mail!.token}`);
  await page.getByRole("button", { name: "Aanmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/vrijwilliger$/);
  const setCookies = await setCookiesOf(responses);
  await context.close();
  return setCookies;
}

test.describe("with TRUSTED_PROXY_HOPS set, X-Forwarded-Proto: https from the proxy", () => {
  // In order, in one worker, one server; a failure does not skip the next test.
  test.describe.configure({ mode: "default" });
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startServer("1");
  });
  test.afterAll(async () => server?.stop());

  test("turns on HSTS and upgrade-insecure-requests", async ({ request }) => {
    const response = await request.get(`${server.url}/`, { headers: HTTPS });
    expect(response.headers()["strict-transport-security"]).toBe("max-age=31536000");
    expect(response.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
    // The same server over plain HTTP (no header): neither.
    const plain = await request.get(`${server.url}/`);
    expect(plain.headers()["strict-transport-security"]).toBeUndefined();
    expect(plain.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  test("gives the staff and volunteer session cookies the __Host- prefix, Secure, for path /", async ({
    browser,
  }) => {
    const setCookies = await signInBothWithProxyHeader(browser, server);
    const staff = setCookies.find((c) => c.startsWith("__Host-authjs.session-token="));
    const volunteer = setCookies.find((c) => c.startsWith("__Host-tezamen-vrijwilliger="));
    for (const cookie of [staff, volunteer]) {
      expect(cookie).toBeDefined();
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(cookie).not.toMatch(/;\s*Domain=/i);
    }
    // No session cookie without the prefix.
    expect(setCookies.filter((c) => /^(authjs\.session-token|tezamen-vrijwilliger)=/.test(c))).toEqual([]);
  });
});

test.describe("without TRUSTED_PROXY_HOPS, X-Forwarded-Proto from anyone", () => {
  // In order, in one worker, one server; a failure does not skip the next test.
  test.describe.configure({ mode: "default" });
  let server: OwnServer;
  test.beforeAll(async () => {
    server = await startServer("");
  });
  test.afterAll(async () => server?.stop());

  test("is ignored: no HSTS, no upgrade-insecure-requests", async ({ request }) => {
    const response = await request.get(`${server.url}/`, { headers: HTTPS });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
    expect(response.headers()["content-security-policy"]).not.toContain("upgrade-insecure-requests");
  });

  test("is ignored: plain session cookies, which work over plain HTTP", async ({ browser }) => {
    const setCookies = await signInBothWithProxyHeader(browser, server);
    expect(setCookies.some((c) => c.startsWith("authjs.session-token="))).toBe(true);
    expect(setCookies.some((c) => c.startsWith("tezamen-vrijwilliger="))).toBe(true);
    expect(setCookies.filter((c) => c.startsWith("__Host-") || /;\s*Secure/i.test(c))).toEqual([]);
  });
});
