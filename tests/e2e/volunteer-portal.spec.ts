// The volunteer's own page (/vrijwilliger): sign-in by a code from the mail
// (read from the outbox table, as the volunteer reads their mail), only their
// own links and of those only the allowed fields, one-tap actions, and no way
// into someone else's link or the staff area, whatever the URL or request.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { STAFF_ROUTES } from "@/lib/auth/staff-routes";
import { latestLoginMail, makeLink, makeVolunteer } from "../integration/volunteer-portal-fixtures";
import { testDb } from "./staff-fixtures";
import { asNewClient } from "./support";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const BYPASS = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };
const NEUTRAL = "Als dit adres bij ons gekend is, kreeg je een mail met een code.";

async function askCode(page: Page, email: string) {
  await page.goto("/vrijwilliger/aanmelden");
  await page.getByLabel("Je e-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.getByText(NEUTRAL)).toBeVisible();
}

async function signInVolunteer(page: Page, email: string) {
  await askCode(page, email);
  const mail = await latestLoginMail(testDb(), email);
  if (!mail) throw new Error("no sign-in mail");
  await page.getByLabel("Code uit de mail").fill(mail.code);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/vrijwilliger$/);
  return mail;
}

/** The error summary of a form that came back (not Next's route announcer, also an alert). */
function errorSummary(page: Page) {
  return page.locator('[role="alert"][aria-labelledby="error-summary-title"]');
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test.beforeEach(async ({ page }) => asNewClient(page));

// The README's demo walkthrough: the demo sends no mail, so the demo admin
// reads the code in the outbox with "Toon geheim (alleen demo)" (audited).
const DEMO_ADMIN = { email: "admin@demo.tezamen.example", password: "Tezamen-demo-2026" };

/** The demo admin (no second factor on the demo database) reveals the newest sign-in code mailed to `email`. */
async function revealCodeAsDemoAdmin(browser: Browser, email: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled });
  const admin = await context.newPage();
  await asNewClient(admin);
  await admin.goto("/login");
  await admin.getByLabel("E-mailadres").fill(DEMO_ADMIN.email);
  await admin.getByLabel("Wachtwoord").fill(DEMO_ADMIN.password);
  await admin.getByRole("button", { name: "Aanmelden" }).click();
  await expect(admin).toHaveURL(/\/beheer/);
  await admin
    .getByRole("navigation", { name: "Beheer" })
    .getByRole("link", { name: "Uitgaande mail" })
    .click();
  const row = admin
    .getByRole("row")
    .filter({ hasText: email })
    .filter({ hasText: "Je code om aan te melden: [verborgen: inlogcode]" })
    .first();
  await row.getByRole("button", { name: /^Toon geheim \(alleen demo\)/ }).click();
  await expect(row.getByRole("status")).toContainText(`Voor ${email}, geldig tot`);
  const code = (
    (await row.locator("dt", { hasText: "inlogcode" }).locator("+ dd").textContent()) ?? ""
  ).trim();
  expect(code).toMatch(/^\d{6}$/);
  await expect(row.locator("dd")).toHaveCount(2); // the code and the sign-in link
  // axe runs in the page, so only with JavaScript; the page is the same without.
  if (javaScriptEnabled) await expectNoAxeViolations(admin);
  await context.close();
  return code;
}

/** The reveal was audited: by the demo admin, on that message, without the code. */
async function expectRevealAudited(email: string, code: string) {
  const db = testDb();
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { to: email, subject: { startsWith: "Je code om aan te melden" } },
    orderBy: { createdAt: "desc" },
  });
  const admin = await db.staffUser.findUniqueOrThrow({ where: { email: DEMO_ADMIN.email } });
  const audit = await db.auditEvent.findFirstOrThrow({
    where: { action: "outbox.reveal-demo-secret", entityId: mail.id, actorStaffId: admin.id },
  });
  expect(JSON.stringify(audit)).not.toContain(code);
}

test("the README walkthrough: Koen asks a code at /vrijwilliger, the demo admin reveals it at /beheer/outbox, Koen signs in", async ({
  browser,
  page,
}) => {
  const koen = "koen.verbist@voorbeeld.example";
  await page.goto("/vrijwilliger");
  await expect(page).toHaveURL(/\/vrijwilliger\/aanmelden/);
  await page.getByLabel("Je e-mailadres").fill(koen);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.getByText(NEUTRAL)).toBeVisible();

  const code = await revealCodeAsDemoAdmin(browser, koen, true);
  await expectRevealAudited(koen, code);

  await page.getByLabel("Code uit de mail").fill(code);
  await page.getByRole("button", { name: "Aanmelden" }).click();
  await expect(page).toHaveURL(/\/vrijwilliger$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn koppelingen" })).toBeVisible();
});

test("a volunteer signs in with the code, sees only what they may, accepts, logs a contact, raises a concern, asks a pause and logs out", async ({
  page,
}) => {
  const db = testDb();
  const coordinator = await db.staffUser.create({
    data: {
      email: `vc-${Date.now()}-${Math.random()}@e2e.example`,
      name: "E2E vrijwilligerscoördinator",
      role: "VOLUNTEER_COORDINATOR",
      passwordHash: "x",
    },
  });
  const volunteer = await makeVolunteer(db);
  const other = await makeVolunteer(db);
  const { link, person, helpRequest } = await makeLink(db, volunteer.id);
  const theirs = await makeLink(db, other.id);

  await signInVolunteer(page, volunteer.email!);
  const html = await page.content();
  expect(html).toContain(person.firstName);
  for (const secret of [
    person.lastName!,
    person.email!,
    person.streetAddress!,
    "Geheim bericht",
    theirs.person.firstName,
  ]) {
    expect(html).not.toContain(secret);
  }
  // A proposal: no phone number until they say yes.
  expect(html).not.toContain("470123456");

  await page.getByRole("link", { name: person.firstName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Koppeling met ${person.firstName}`);
  await expect(page.getByText("Zie je zodra je ja zegt")).toBeVisible();
  await page.getByRole("button", { name: "Ja, ik doe het" }).click();
  await expect(page.locator('a[href="tel:+32470123456"]')).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "aanvaard" })).toBeVisible();

  await page.getByRole("button", { name: "Gebeld" }).click();
  await expect(page.getByText("Genoteerd: gebeld. Dank je!")).toBeVisible();
  const afterContact = await db.volunteerLink.findUniqueOrThrow({
    where: { id: link.id },
    include: { contacts: true },
  });
  expect([afterContact.status, afterContact.contacts.map((c) => c.kind)]).toEqual(["ACTIVE", ["CALLED"]]);

  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(errorSummary(page)).toContainText("Kies waarover je je zorgen maakt.");
  await page.getByLabel("Niet bereikbaar").check();
  await page.getByLabel("Wat viel je op?").fill("Ze nam drie dagen niet op.");
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(page.getByText(/Je zorg is doorgegeven/)).toBeVisible();
  const concern = await db.concern.findFirstOrThrow({ where: { linkId: link.id } });
  expect(concern.category).toBe("UNREACHABLE");
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { to: coordinator.email, subject: { contains: helpRequest.reference } },
  });
  expect(mail.textBody).not.toContain("drie dagen");

  await page.getByRole("link", { name: "Pauze vragen" }).click();
  await page.getByLabel(/Wil je iets zeggen over je pauze/).fill("Even op reis");
  await page.getByRole("button", { name: "Pauze vragen" }).click();
  await expect(page.getByText(/Je vraag om pauze is verstuurd/)).toBeVisible();
  expect((await db.volunteer.findUniqueOrThrow({ where: { id: volunteer.id } })).pauseRequestNote).toBe(
    "Even op reis",
  );

  await page.getByRole("button", { name: "Afmelden" }).click();
  await expect(page).toHaveURL(/\/vrijwilliger\/aanmelden/);
  await expect(page.getByText("Je bent afgemeld.")).toBeVisible();
  await page.goto("/vrijwilliger");
  await expect(page).toHaveURL(/\/vrijwilliger\/aanmelden/);
});

test("an unknown or stopped address gets the same answer and no mail", async ({ page }) => {
  const db = testDb();
  const stopped = await makeVolunteer(db, { status: "STOPPED" });
  for (const email of [`niemand-${Date.now()}@buren.example`, stopped.email!]) {
    await askCode(page, email);
    await expect(page.getByLabel("Code uit de mail")).toBeVisible();
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0);
  }
});

test.describe("with a volunteer session", () => {
  test("every staff page is refused, also with the x-middleware-subrequest header", async ({ page }) => {
    const volunteer = await makeVolunteer(testDb());
    await signInVolunteer(page, volunteer.email!);
    for (const route of [{ path: "/beheer" }, ...STAFF_ROUTES]) {
      for (const headers of [{}, BYPASS]) {
        const response = await page.request.get(route.path, { maxRedirects: 0, headers });
        expect([302, 303, 307, 308], route.path).toContain(response.status());
        expect(response.headers()["location"]).toMatch(/\/login/);
      }
    }
  });

  test("another volunteer's link reads as not found, also with the x-middleware-subrequest header", async ({
    page,
  }) => {
    const db = testDb();
    const volunteer = await makeVolunteer(db);
    const theirs = await makeLink(db, (await makeVolunteer(db)).id, { status: "ACTIVE" });
    await signInVolunteer(page, volunteer.email!);
    for (const headers of [{}, BYPASS]) {
      const response = await page.request.get(`/vrijwilliger/koppelingen/${theirs.link.id}`, { headers });
      const body = await response.text();
      expect(body).toContain("Deze koppeling vinden we niet.");
      expect(body).not.toContain(theirs.person.firstName);
      expect(body).not.toContain("470123456");
    }
    // A page load answers 404 with the message in the HTML, the same as for a link that doesn't exist.
    for (const id of [theirs.link.id, "bestaat-niet-123"]) {
      const response = await page.request.get(`/vrijwilliger/koppelingen/${id}`);
      expect(response.status()).toBe(404);
      expect(await response.text()).toContain("Naar mijn koppelingen");
    }
    const mine = await makeLink(db, volunteer.id, { status: "ACTIVE" });
    expect((await page.request.get(`/vrijwilliger/koppelingen/${mine.link.id}`)).status()).toBe(200);
  });

  test("posting another volunteer's link id to the actions changes nothing", async ({ page }) => {
    const db = testDb();
    const volunteer = await makeVolunteer(db);
    const mine = await makeLink(db, volunteer.id, { status: "ACCEPTED" });
    const mineProposed = await makeLink(db, volunteer.id);
    const otherId = (await makeVolunteer(db)).id;
    const theirs = await makeLink(db, otherId, { status: "ACCEPTED" });
    const theirsProposed = await makeLink(db, otherId);
    await signInVolunteer(page, volunteer.email!);

    const swapLinkIds = (id: string) =>
      page.evaluate((to) => {
        for (const input of document.querySelectorAll<HTMLInputElement>('input[name="linkId"]'))
          input.value = to;
      }, id);

    await page.goto(`/vrijwilliger/koppelingen/${mine.link.id}`);
    await swapLinkIds(theirs.link.id);
    await page.getByRole("button", { name: "Gebeld" }).click();
    await expect(errorSummary(page)).toContainText("Deze koppeling vinden we niet.");

    await page.goto(`/vrijwilliger/koppelingen/${mine.link.id}`);
    await swapLinkIds(theirs.link.id);
    await page.getByRole("radio", { name: "Iets anders" }).check();
    await page.getByLabel("Wat viel je op?").fill("Poging op andermans koppeling");
    await page.getByRole("button", { name: "Zorg doorgeven" }).click();
    await expect(errorSummary(page)).toContainText("Deze koppeling vinden we niet.");

    await page.goto(`/vrijwilliger/koppelingen/${mineProposed.link.id}`);
    await swapLinkIds(theirsProposed.link.id);
    await page.getByRole("button", { name: "Ja, ik doe het" }).click();
    await expect(errorSummary(page)).toContainText("Deze koppeling vinden we niet.");

    const after = await db.volunteerLink.findMany({
      where: { id: { in: [theirs.link.id, theirsProposed.link.id] } },
      include: { contacts: true, concerns: true },
      orderBy: { createdAt: "asc" },
    });
    expect(after.map((l) => [l.status, l.contacts.length, l.concerns.length])).toEqual([
      ["ACCEPTED", 0, 0],
      ["PROPOSED", 0, 0],
    ]);
  });
});

/** axe, and no sideways scrolling at 320 px, at 200% browser zoom (640 px) and with text-only zoom. */
async function checkPage(page: Page) {
  await expectNoAxeViolations(page);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const width of [320, 640]) {
    await page.setViewportSize({ width, height: 640 });
    expect(await overflow(), `${page.url()} at ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => (document.documentElement.style.fontSize = "225%"));
  expect(await overflow(), `${page.url()} with text zoom`).toBeLessThanOrEqual(0);
  await page.evaluate(() => (document.documentElement.style.fontSize = ""));
}

test("the sign-in pages pass axe and fit 320 px", async ({ page }) => {
  const db = testDb();
  const volunteer = await makeVolunteer(db);
  await page.goto("/vrijwilliger/aanmelden");
  await checkPage(page);
  await askCode(page, volunteer.email!);
  await checkPage(page);
  const { token } = (await latestLoginMail(db, volunteer.email!))!;
  await page.goto(`/vrijwilliger/aanmelden/${token}`);
  await checkPage(page);
});

test("the signed-in volunteer pages pass axe and fit 320 px", async ({ page }) => {
  test.setTimeout(120_000);
  const db = testDb();
  const volunteer = await makeVolunteer(db);
  const proposed = await makeLink(db, volunteer.id);
  const active = await makeLink(db, volunteer.id, { status: "ACTIVE" });
  await signInVolunteer(page, volunteer.email!);
  for (const url of [
    "/vrijwilliger",
    `/vrijwilliger/koppelingen/${proposed.link.id}`,
    `/vrijwilliger/koppelingen/${active.link.id}`,
    "/vrijwilliger/pauze",
  ]) {
    await page.goto(url);
    await checkPage(page);
  }
  // A form that came back with errors, too.
  await page.goto(`/vrijwilliger/koppelingen/${active.link.id}`);
  await page.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await checkPage(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a volunteer signs in with the code and with the link, and logs a contact", async ({ page }) => {
    const db = testDb();
    const volunteer = await makeVolunteer(db);
    const { link } = await makeLink(db, volunteer.id, { status: "ACTIVE" });
    await signInVolunteer(page, volunteer.email!);
    await page.goto(`/vrijwilliger/koppelingen/${link.id}`);
    await page.getByRole("button", { name: "Bezocht" }).click();
    await expect(page.getByText("Genoteerd: bezocht. Dank je!")).toBeVisible();
    await page.getByRole("button", { name: "Afmelden" }).click();
    await expect(page).toHaveURL(/\/vrijwilliger\/aanmelden/);

    await page.getByLabel("Je e-mailadres").fill("geen-adres");
    await page.getByRole("button", { name: "Stuur mij een code" }).click();
    await expect(errorSummary(page)).toContainText("Dit e-mailadres klopt niet");

    await askCode(page, volunteer.email!);
    const { token } = (await latestLoginMail(db, volunteer.email!))!;
    await page.goto(`/vrijwilliger/aanmelden/${token}`);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page).toHaveURL(/\/vrijwilliger$/);
    await expect(page.getByRole("heading", { level: 1, name: "Mijn koppelingen" })).toBeVisible();
  });

  test("the demo admin reveals a sign-in code in the outbox, and the volunteer signs in with it", async ({
    browser,
    page,
  }) => {
    const volunteer = await makeVolunteer(testDb());
    await askCode(page, volunteer.email!);
    const code = await revealCodeAsDemoAdmin(browser, volunteer.email!, false);
    await expectRevealAudited(volunteer.email!, code);
    await page.getByLabel("Code uit de mail").fill(code);
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page).toHaveURL(/\/vrijwilliger$/);
  });
});
