// The staff side of a request, end to end: a resident asks for help on the
// website, a coordinator signs in with the second factor, finds the request
// on "Vandaag", logs the first contact, assesses and closes it; an editor
// can't open it. And the phone intake: by keyboard alone, and with the
// warning about an open request of the same person. Every staff page
// visited is checked with axe (WCAG 2.1 A/AA).
import { expect, test, type Page } from "@playwright/test";
import { queueInvitationMail, invitationLink, newInvitation } from "@/lib/staff-users/invitation";
import { latestLoginMail, makeVolunteer } from "../integration/volunteer-portal-fixtures";
import { createStaff, signIn, testDb } from "./staff-fixtures";
import {
  REFERENCE,
  asNewClient,
  expectNoAxeViolations,
  referenceOnPage,
  tabTo,
  takeYourTime,
} from "./support";

/** A mobile number no other test uses, written the way people say it. */
function uniquePhone(): string {
  const digits = String(Math.floor(Math.random() * 1_000_000)).padStart(6, "0");
  return `0479 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
}

/** The short confirmation after an action, which takes focus so it is read out. */
async function expectDone(page: Page, words: RegExp) {
  const status = page.getByRole("status").filter({ hasText: words });
  await expect(status).toBeVisible();
  await expect(status).toBeFocused();
}

test("a resident's request is handled by a coordinator from first contact to close; an editor can't open it", async ({
  page,
  browser,
}) => {
  // The resident, on the website.
  await asNewClient(page);
  await page.goto("/hulp-nodig");
  const start = Date.now();
  await page.getByRole("radio", { name: "Voor mezelf" }).check();
  await page.locator('input[name="firstName"]').fill("Josephine");
  await page.locator('input[name="phone"]').fill(uniquePhone());
  await page.getByRole("checkbox", { name: "Een babbel of telefoontje" }).check();
  await page
    .locator('textarea[name="message"]')
    .fill("Mijn kinderen wonen ver weg. Ik zou graag wat meer volk zien.");
  await page.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
  await takeYourTime(page, start);
  await page.getByRole("button", { name: "Vraag versturen" }).click();
  await expect(page).toHaveURL(/\/hulp-nodig\/bedankt\?bevestiging=/);
  const reference = await referenceOnPage(page);
  expect(reference).toMatch(REFERENCE);

  // The coordinator signs in with password and app code, sees the new requests on
  // Vandaag and finds this one in the queue by its reference (Vandaag shows the
  // first 15 of each list, and the other specs add new requests too).
  const coordinator = await createStaff("COORDINATOR");
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signIn(staffPage, coordinator);
  await expect(staffPage.getByRole("heading", { level: 1, name: "Vandaag" })).toBeVisible();
  await expect(staffPage.getByRole("region", { name: /^Nieuw \(\d+\)$/ })).toBeVisible();
  await staffPage.getByRole("link", { name: "Aanvragen", exact: true }).click();
  await staffPage.getByLabel("Zoeken").fill(reference);
  await staffPage.getByRole("button", { name: "Toon aanvragen" }).click();
  await expect(staffPage).toHaveURL(/[?&]q=/);
  const row = staffPage.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("Nieuw");
  await expect(row).toContainText(/nog \d+ u/); // time left in words, not only a colour
  await row.getByRole("link", { name: reference }).click();

  // The request's page: who, how to reach them, the clock, and the next step first.
  await expect(staffPage.getByRole("heading", { level: 1, name: reference })).toBeVisible();
  await expect(staffPage.getByRole("link", { name: /^0479/ })).toHaveAttribute("href", /^tel:\+32479/);
  await expect(staffPage.getByText("Mijn kinderen wonen ver weg.")).toBeVisible();
  await expect(staffPage.getByRole("region", { name: "Eerste contact gelegd" })).toContainText(
    "Volgende stap",
  );
  await expect(staffPage.getByRole("heading", { name: "Vraag inschatten" })).toHaveCount(0); // not possible yet
  const requestUrl = staffPage.url();
  await expectNoAxeViolations(staffPage, "request page, new");

  // First contact: stops the clock.
  await staffPage.getByLabel("Notitie over het gesprek").fill("Josephine is blij met het telefoontje.");
  await staffPage.getByRole("button", { name: "Eerste contact registreren" }).click();
  await expectDone(staffPage, /eerste contact is geregistreerd/);
  await expect(staffPage.getByText("contact gelegd, op tijd")).toBeVisible();

  // Assess, with the six De Jong Gierveld statements.
  await expect(staffPage.getByRole("region", { name: "Vraag inschatten" })).toContainText("Volgende stap");
  await staffPage.getByRole("checkbox", { name: "Een bezoek of een wandeling" }).check();
  await staffPage.getByRole("checkbox", { name: "Sociale eenzaamheid" }).check();
  await staffPage.getByRole("radio", { name: "Gewoon" }).check();
  const answers = ["Ja", "Min of meer", "Nee", "Nee", "Min of meer", "Ja"];
  for (const [index, answer] of answers.entries()) {
    await staffPage
      .getByRole("group", { name: new RegExp(`^${index + 1}\\. `) })
      .getByRole("radio", { name: answer, exact: true })
      .check();
  }
  await staffPage.getByRole("button", { name: "Inschatting bewaren" }).click();
  await expectDone(staffPage, /inschatting is bewaard/);
  await expect(staffPage.getByRole("table")).toContainText("Totaal (0–6)");
  await expectNoAxeViolations(staffPage, "request page, assessed");

  // Close: a refused outcome comes back in words with the choice kept, then a fitting one.
  await staffPage.locator("summary", { hasText: "Aanvraag afsluiten" }).click();
  await staffPage.getByRole("radio", { name: "Anders" }).check();
  await staffPage.getByRole("button", { name: "Aanvraag afsluiten" }).click();
  const refusal = staffPage.getByRole("alert").filter({ hasText: "Dat lukte niet" });
  await expect(refusal).toBeFocused();
  await expect(refusal).toContainText("Schrijf kort waarom je de aanvraag afsluit.");
  await expect(staffPage.getByRole("radio", { name: "Anders" })).toBeChecked();
  await expectNoAxeViolations(staffPage, "request page, refusal");
  await staffPage.getByRole("radio", { name: "Advies of informatie gegeven" }).check();
  await staffPage.getByRole("button", { name: "Aanvraag afsluiten" }).click();
  await expectDone(staffPage, /aanvraag is afgesloten/);

  // One timeline, newest first, with who did what.
  const timeline = staffPage.getByRole("region", { name: /Tijdlijn/ }).getByRole("listitem");
  await expect(timeline.first()).toContainText("Afgesloten");
  await expect(timeline.first()).toContainText("E2E COORDINATOR");
  await expect(timeline.filter({ hasText: "Eerste contact" })).toContainText("binnen de termijn");
  await expect(timeline.last()).toContainText("Ontvangen");
  await expect(
    staffPage.getByRole("region", { name: "Wat nu?" }).getByRole("heading", { level: 3 }),
  ).toHaveText(["Notitie toevoegen"]);
  await staffContext.close();

  // An editor sees no personal data: the request's page is refused.
  const editor = await createStaff("EDITOR", { secondFactor: false });
  const editorContext = await browser.newContext();
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, editor);
  const response = await editorPage.goto(requestUrl);
  expect(response?.status()).toBe(403);
  await expect(editorPage.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
  await expect(editorPage.getByText("Josephine")).toHaveCount(0);
  await editorContext.close();
});

test("a coordinator registers a phone call with the keyboard alone", async ({ page }) => {
  const coordinator = await createStaff("COORDINATOR");
  await signIn(page, coordinator);
  await page.goto("/beheer/aanvragen/nieuw");
  await expectNoAxeViolations(page, "intake form");

  // The cursor starts in the first field, with the free number already chosen.
  const channel = page.getByLabel("Hoe kwam de vraag binnen?");
  await expect(channel).toBeFocused();
  await expect(channel).toHaveValue("PHONE_LINE");

  await tabTo(page, 'input[name="firstName"]');
  await page.keyboard.type("Jozef");
  await tabTo(page, 'input[name="phone"]');
  await page.keyboard.type(uniquePhone());
  await tabTo(page, 'input[name="needs"][value="CHAT_OR_CALL"]');
  await page.keyboard.press("Space");
  await tabTo(page, 'input[name="needs"][value="MEETING_PEOPLE"]');
  await page.keyboard.press("Space");
  await tabTo(page, 'textarea[name="message"]');
  await page.keyboard.type("Belt op aanraden van de apotheker.");
  await tabTo(page, 'input[name="bestTimeToCall"]');
  await page.keyboard.press("Space"); // the first choice: in de voormiddag
  await tabTo(page, 'input[name="consent"]');
  await page.keyboard.press("Space");
  await tabTo(page, 'input[name="contactMade"]');
  await page.keyboard.press("Space");
  await tabTo(page, 'button[type="submit"]');
  await expect(page.getByRole("button", { name: "Aanvraag registreren" })).toBeFocused();
  await page.keyboard.press("Enter");

  // The new request's page: registered with the first contact, the clock stopped.
  await expect(page).toHaveURL(/\/beheer\/aanvragen\/(?!nieuw)[^/?]+\?gedaan=geregistreerd-met-contact/);
  await expectDone(page, /geregistreerd, met het eerste contact erbij/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REFERENCE);
  await expect(page.getByText("Gratis nummer (0800)").first()).toBeVisible();
  await expect(page.getByText("Jozef").first()).toBeVisible();
  await expect(page.getByText("contact gelegd, op tijd")).toBeVisible();
  await expect(page.getByText("Belt op aanraden van de apotheker.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Vraag inschatten" })).toContainText("Volgende stap");
});

test("the intake warns about an open request with the same phone number, keeps everything, and registers on confirmation", async ({
  page,
}) => {
  const coordinator = await createStaff("COORDINATOR");
  await signIn(page, coordinator);
  const phone = uniquePhone();

  async function fillIntake() {
    await page.goto("/beheer/aanvragen/nieuw");
    await page.locator('input[name="firstName"]').fill("Godelieve");
    await page.locator('input[name="phone"]').fill(phone);
    await page.getByRole("checkbox", { name: "Boodschappen of klusjes" }).check();
    await page.getByRole("checkbox", { name: /De persoon gaat akkoord/ }).check();
    await page.getByRole("button", { name: "Aanvraag registreren" }).click();
  }

  await fillIntake();
  await expectDone(page, /aanvraag is geregistreerd/);
  const first = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  expect(first).toMatch(REFERENCE);

  // The same phone, written differently in the database (normalised): a warning, nothing stored yet.
  await fillIntake();
  const warning = page.getByRole("alert").filter({ hasText: "al een open aanvraag" });
  await expect(warning).toBeFocused();
  await expect(warning.getByRole("link", { name: first })).toHaveAttribute("href", /\/beheer\/aanvragen\//);
  await expect(warning).toContainText("zelfde telefoonnummer");
  await expect(page.locator('input[name="firstName"]')).toHaveValue("Godelieve");
  await expect(page.locator('input[name="phone"]')).toHaveValue(phone);
  await expect(page.getByRole("checkbox", { name: "Boodschappen of klusjes" })).toBeChecked();
  await expectNoAxeViolations(page, "intake form with the duplicate warning");

  // Confirmed: a second request.
  await page.getByRole("checkbox", { name: "Toch een nieuwe aanvraag registreren" }).check();
  await page.getByRole("button", { name: "Nieuwe aanvraag registreren" }).click();
  await expectDone(page, /aanvraag is geregistreerd/);
  const second = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  expect(second).toMatch(REFERENCE);
  expect(second).not.toBe(first);
});

test("a partner's request registered with the person on the line sends 'contact gelegd', kept in the outbox; no sign-in secret shows there", async ({
  page,
}) => {
  // Secrets that used to be readable in the outbox: a volunteer's sign-in code and link, an admin invitation.
  const db = testDb();
  const volunteer = await makeVolunteer(db);
  await page.goto("/vrijwilliger/aanmelden");
  await page.getByLabel("Je e-mailadres").fill(volunteer.email!);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(
    page.getByText("Als dit adres bij ons gekend is, kreeg je een mail met een code."),
  ).toBeVisible();
  const login = (await latestLoginMail(db, volunteer.email!))!;
  const invitation = newInvitation(new Date());
  const invitedEmail = `nieuwe-beheerder-${Math.random().toString(36).slice(2, 10)}@e2e.example`;
  await db.$transaction((tx) =>
    queueInvitationMail(tx, {
      to: invitedEmail,
      name: "Nieuwe Beheerder",
      role: "ADMIN",
      cityName: "Voorbeeldstad",
      link: invitationLink(invitation.token),
      expiresAt: invitation.expiresAt,
    }),
  );

  const coordinator = await createStaff("COORDINATOR");
  await signIn(page, coordinator);
  await page.goto("/beheer/aanvragen/nieuw");
  const contactEmail = `ldc-${Math.random().toString(36).slice(2, 10)}@e2e.example`;
  await page.getByLabel("Hoe kwam de vraag binnen?").selectOption({ label: "Lokaal dienstencentrum" });
  // A partner channel asks for the contact person and the organisation.
  const partner = page.getByRole("group", { name: "Contactpersoon bij de partner" });
  await partner.getByLabel("Voornaam").fill("Ann");
  await partner.getByLabel(/E-mailadres/).fill(contactEmail);
  await page.getByLabel(/Organisatie/).selectOption({ index: 1 });
  await page.locator('input[name="firstName"]').fill("Roger");
  await page.locator('input[name="phone"]').fill(uniquePhone());
  await page.getByRole("checkbox", { name: "Een bezoek of een wandeling" }).check();
  await page.getByRole("checkbox", { name: /De persoon gaat akkoord/ }).check();
  await page.getByRole("checkbox", { name: /Ik spreek nu met de persoon zelf/ }).check();
  await page.getByRole("button", { name: "Aanvraag registreren" }).click();
  await expectDone(page, /met het eerste contact erbij/);
  const reference = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  await expect(page.getByRole("region", { name: "Contactpersoon bij de partner" })).toContainText("Ann");
  await expect(page.getByRole("region", { name: "Contactpersoon bij de partner" })).toContainText("gemaild");

  await page
    .getByRole("navigation", { name: "Beheer" })
    .getByRole("link", { name: "Uitgaande mail" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Uitgaande mail" })).toBeVisible();
  await expect(page.getByText(/geen mailserver \(SMTP\) ingesteld/)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: contactEmail });
  await expect(row).toContainText("Nog niet verstuurd");
  await row.locator("summary").click();
  await expect(row.locator("pre")).toContainText(reference);

  const codeRow = page.getByRole("row").filter({ hasText: volunteer.email! });
  await expect(codeRow).toContainText("Je code om aan te melden: [verborgen: inlogcode]");
  await codeRow.locator("summary").click();
  await expect(codeRow.locator("pre")).toContainText("[verborgen: inloglink]");
  const inviteRow = page.getByRole("row").filter({ hasText: invitedEmail });
  await inviteRow.locator("summary").click();
  await expect(inviteRow.locator("pre")).toContainText(
    "Kies je wachtwoord via deze link:\n[verborgen: uitnodigingslink]",
  );
  // The whole page (RSC payload included) for the long tokens; the visible text for the 6-digit code.
  const html = await page.content();
  expect(html).not.toContain(login.token);
  expect(await page.locator("main").innerText()).not.toMatch(new RegExp(`\\b${login.code}\\b`));
  expect(html).not.toContain(invitation.token);
  // Revealing is for ADMIN on the demo database only.
  await expect(page.getByRole("button", { name: /Toon geheim/ })).toHaveCount(0);
  await expectNoAxeViolations(page, "outbox");
});
