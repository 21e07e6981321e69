// The volunteer coordinator's side, end to end: a volunteer who signed up is
// taken in (intake planned, outcome recorded), screened and becomes active;
// a coaching note by keyboard alone; both pages checked with axe (WCAG 2.1
// A/AA). A coordinator may read but sees no actions; an editor is refused.
import { expect, test, type Page } from "@playwright/test";
import { createStaff, signIn, testDb } from "./staff-fixtures";
import { expectNoAxeViolations, tabTo } from "./support";

async function expectDone(page: Page, words: RegExp) {
  const status = page.getByRole("status").filter({ hasText: words });
  await expect(status).toBeVisible();
  await expect(status).toBeFocused();
}

/** A volunteer as the public sign-up form leaves them: APPLIED. */
async function signedUpVolunteer(lastName: string) {
  const hood = await testDb().neighbourhood.findFirst({ where: { slug: "nekkerspoel" } });
  return testDb().volunteer.create({
    data: {
      firstName: "Nadia",
      lastName,
      phoneE164: `+32472${String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0")}`,
      activities: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
      languages: ["nl", "fr"],
      availability: ["TUESDAY_AFTERNOON"],
      motivation: "Ik wil graag iemand in mijn buurt helpen.",
      consentGivenAt: new Date(),
      consentTextVersion: "e2e",
      neighbourhoodId: hood?.id ?? null,
    },
  });
}

const brusselsToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());

test("a volunteer coordinator takes a new volunteer in, screens them and sees them active", async ({
  page,
}) => {
  const lastName = `Janssens ${Date.now()}`;
  const volunteer = await signedUpVolunteer(lastName);
  await signIn(page, await createStaff("VOLUNTEER_COORDINATOR"));

  // The menu leads to the list; the new volunteer waits for an intake.
  await page.getByRole("link", { name: "Vrijwilligers" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Vrijwilligers" })).toBeVisible();
  await page.getByRole("link", { name: "Wachten op intake" }).click();
  await expect(page).toHaveURL(/view=wachtend/);
  const row = page.getByRole("row").filter({ hasText: lastName });
  await expect(row).toContainText("Aangemeld");
  await expect(row).toContainText("0 van 2 koppelingen");
  await expectNoAxeViolations(page, "volunteer list");
  await row.getByRole("link", { name: `Nadia ${lastName}` }).click();

  // The detail page: the intake is the next step.
  await expect(page.getByRole("heading", { level: 1, name: `Nadia ${lastName}` })).toBeVisible();
  await expect(page.getByRole("region", { name: "Intake plannen" })).toContainText("Volgende stap");
  await expectNoAxeViolations(page, "volunteer page, applied");

  // A refusal keeps the form: no moment chosen.
  await page.getByRole("button", { name: "Intake plannen" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Kies een moment voor de intake." })).toBeVisible();
  await page.getByLabel("Moment van de intake").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Intake plannen" }).click();
  await expectDone(page, /De intake is gepland/);
  await expect(page.getByText("Status: Intake gepland")).toBeVisible();

  // The outcome of the interview.
  await page.getByRole("radio", { name: /verder met de screening/ }).check();
  await page.locator("#intake-uitkomst-note").fill("Warm gesprek. Belt graag, ook in het Frans.");
  await page.getByRole("button", { name: "Uitkomst bewaren" }).click();
  await expectDone(page, /uitkomst van de intake is bewaard/);
  await expect(page.getByText("Status: Screening")).toBeVisible();

  // Screening: the certificate of good conduct with its date.
  await page.getByLabel(/Datum op het uittreksel/).fill(brusselsToday());
  await page.getByRole("button", { name: "Screening bewaren" }).click();
  await expectDone(page, /De vrijwilliger is nu actief/);
  await expect(page.getByText("Status: Actief")).toBeVisible();
  await expect(page.getByRole("region", { name: "Geschiedenis" })).toContainText("Gescreend → Actief");
  await expectNoAxeViolations(page, "volunteer page, active");

  // A coaching note with the keyboard alone: open the disclosure, type, send.
  await tabTo(page, "summary:has(#notitie-title)");
  await page.keyboard.press("Enter");
  await tabTo(page, "#notitie-note");
  await page.keyboard.type("Eerste koppeling best iemand in Nekkerspoel.");
  await tabTo(page, 'form:has(#notitie-note) button[type="submit"]');
  await page.keyboard.press("Enter");
  await expectDone(page, /De notitie is toegevoegd/);
  await expect(page.getByRole("region", { name: "Coachingsnotities" })).toContainText(
    "Eerste koppeling best iemand in Nekkerspoel.",
  );

  // Active now, so the list of idle volunteers shows them.
  await page.goto(`/beheer/vrijwilligers?view=zonder-koppeling&q=${encodeURIComponent(lastName)}`);
  await expect(page.getByRole("row").filter({ hasText: lastName })).toContainText("Nog nooit gekoppeld");
  expect((await testDb().volunteer.findUniqueOrThrow({ where: { id: volunteer.id } })).status).toBe("ACTIVE");
});

test("a coordinator can read a volunteer but sees no actions; an editor is refused", async ({ browser }) => {
  const volunteer = await signedUpVolunteer(`Peeters ${Date.now()}`);
  const reader = await browser.newPage();
  await signIn(reader, await createStaff("COORDINATOR"));
  await reader.goto(`/beheer/vrijwilligers/${volunteer.id}`);
  await expect(reader.getByRole("heading", { level: 1, name: /Nadia Peeters/ })).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Wat kan je doen?" })).toHaveCount(0);
  for (const name of [
    "Intake plannen",
    "Profiel bewaren",
    "Notitie toevoegen",
    "Vrijwilliger laten stoppen",
  ]) {
    await expect(reader.getByRole("button", { name })).toHaveCount(0);
  }

  const editor = await browser.newPage();
  await signIn(editor, await createStaff("EDITOR"));
  const response = await editor.goto(`/beheer/vrijwilligers/${volunteer.id}`);
  expect(response?.status()).toBe(403);
  await expect(editor.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  expect(await editor.content()).not.toContain("Nadia");
});
