// The whole path of a caring neighbour in a real browser, as the people do it:
// a resident signs up at /ik-wil-helpen; the volunteer coordinator finds them
// at /beheer/vrijwilligers and plans the intake, records its outcome and the
// screening; on an assessed request (written to the database) the new
// volunteer is among the suggestions, with the reasons, and is proposed; the
// volunteer signs in with the code from the mail, accepts, taps "Gebeld" and
// raises a concern; the coordinator's Vandaag shows it. The volunteer is
// picked by a unique name: the demo data may hold any number of others.
import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { uniquePhone } from "../integration/staff-request-fixtures";
import { latestLoginMail } from "../integration/volunteer-portal-fixtures";
import { makeLeestRequest } from "../integration/whole-path-fixtures";
import { createStaff, signIn, testDb } from "./staff-fixtures";
import { asNewClient, takeYourTime } from "./support";

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${page.url()}`)).toEqual([]);
}

/** The success message a staff form shows once its step is saved. */
async function expectDone(page: Page, words: RegExp) {
  await expect(page.getByRole("status").filter({ hasText: words })).toBeVisible();
}

test("someone signs up, is taken in, proposed, accepts, calls and raises a concern the coordinator sees", async ({
  page: phone,
  browser,
}) => {
  test.setTimeout(180_000);
  const db = testDb();
  const run = randomBytes(3).toString("hex");
  const lastName = `Bouzid${run}`;
  const fullName = `Amina ${lastName}`;
  const email = `amina-${run}@buren.example`;

  // 1. A resident signs up on their phone.
  await asNewClient(phone);
  await phone.goto("/ik-wil-helpen");
  const start = Date.now();
  await phone.locator('input[name="firstName"]').fill("Amina");
  await phone.locator('input[name="lastName"]').fill(lastName);
  await phone.locator('input[name="phone"]').fill(uniquePhone().written);
  await phone.locator('input[name="email"]').fill(email);
  await phone.locator('select[name="neighbourhood"]').selectOption({ label: "Leest" });
  await phone.getByRole("checkbox", { name: "Een babbel doen of iemand opbellen" }).check();
  await phone
    .getByRole("group", { name: "Welke talen spreek je?" })
    .getByRole("checkbox", { name: "Berbers (Tamazight)" })
    .check();
  for (const day of ["Woensdag", "Zondag"]) {
    await phone.getByRole("group", { name: day }).getByRole("checkbox", { name: "Avond" }).check();
  }
  await phone.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
  await takeYourTime(phone, start);
  await phone.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(phone).toHaveURL(/\/ik-wil-helpen\/bedankt/);
  const volunteer = await db.volunteer.findFirstOrThrow({ where: { email } });
  expect(volunteer.status).toBe("APPLIED");

  // 2. The volunteer coordinator finds them among those waiting and takes them in.
  const coordinator = await createStaff("VOLUNTEER_COORDINATOR");
  // Another person, another browser.
  const office = await (await browser.newContext()).newPage();
  await asNewClient(office);
  await signIn(office, coordinator);
  await office.getByRole("link", { name: "Vrijwilligers" }).first().click();
  await office.getByRole("link", { name: "Wachten op intake" }).click();
  await office.getByLabel("Zoeken").fill(lastName);
  await office.getByRole("button", { name: "Toon vrijwilligers" }).click();
  const row = office.getByRole("row").filter({ hasText: lastName });
  await expect(row).toContainText("Aangemeld");
  await row.getByRole("link", { name: fullName }).click();
  await expect(office.getByRole("heading", { level: 1, name: fullName })).toBeVisible();

  await office.getByLabel("Moment van de intake").selectOption({ index: 1 });
  await office.getByRole("button", { name: "Intake plannen" }).click();
  await expectDone(office, /De intake is gepland/);
  await office.getByRole("radio", { name: /verder met de screening/ }).check();
  await office.locator("#intake-uitkomst-note").fill("Warm gesprek. Belt graag 's avonds.");
  await office.getByRole("button", { name: "Uitkomst bewaren" }).click();
  await expectDone(office, /uitkomst van de intake is bewaard/);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
  await office.getByLabel(/Datum op het uittreksel/).fill(today);
  await office.getByRole("button", { name: "Screening bewaren" }).click();
  await expectDone(office, /De vrijwilliger is nu actief/);
  await expect(office.getByText("Status: Actief")).toBeVisible();

  // 3. A request about someone in Leest who speaks Tamazight, agreed to help, and prefers the evening.
  const { request, person, secrets } = await makeLeestRequest(db, run, { subjectConsent: "CONSENTED" });

  // 4. On the request's page the new volunteer is suggested, with the reasons, and proposed.
  await office.goto(`/beheer/aanvragen/${request.id}`);
  const propose = office.getByRole("region", { name: "Een zorgzame buur voorstellen" });
  const choice = propose.getByRole("radio", { name: new RegExp(fullName) });
  await expect(choice).toHaveAccessibleDescription(
    /^zelfde wijk · spreekt Berbers \(Tamazight\) · beschikbaar: woensdagavond, zondagavond · 0 van 2 koppelingen · nog nooit gekoppeld/,
  );
  await choice.check();
  await propose.getByRole("radio", { name: /Terugkerend, met een plan/ }).check();
  await propose.locator("#koppelen-plan").fill("Twee keer per week bellen, 's avonds");
  await propose.locator("#koppelen-timesPerWeek").fill("2");
  await propose.locator("#koppelen-durationWeeks").fill("6");
  await propose.getByRole("button", { name: "Voorstellen" }).click();
  await expect(office.getByText(/De vrijwilliger is voorgesteld/)).toBeVisible();
  const link = await db.volunteerLink.findFirstOrThrow({ where: { volunteerId: volunteer.id } });
  expect([link.status, link.helpRequestId]).toEqual(["PROPOSED", request.id]);
  const proposal = await db.outboxMessage.findFirstOrThrow({
    where: { to: email, subject: "Er is een nieuwe vraag voor jou" },
  });
  for (const secret of [...secrets, person.firstName, "Leest"]) {
    expect(proposal.textBody).not.toContain(secret);
  }

  // 5. The volunteer signs in with the code from the mail.
  await phone.goto("/vrijwilliger");
  await expect(phone).toHaveURL(/\/vrijwilliger\/aanmelden/);
  await phone.getByLabel("Je e-mailadres").fill(email);
  await phone.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(
    phone.getByText("Als dit adres bij ons gekend is, kreeg je een mail met een code."),
  ).toBeVisible();
  const mail = await latestLoginMail(db, email);
  if (!mail) throw new Error("no sign-in mail");
  await phone.getByLabel("Code uit de mail").fill(mail.code);
  await phone.getByRole("button", { name: "Aanmelden" }).click();
  await expect(phone).toHaveURL(/\/vrijwilliger$/);

  // 6. They see the first name, phone, neighbourhood and activity; nothing else about the person.
  await phone.getByRole("link", { name: person.firstName }).click();
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`Koppeling met ${person.firstName}`);
  const facts = phone.getByRole("region", { name: "Wat je moet weten" });
  await expect(facts).toContainText("Leest");
  await expect(facts).toContainText("Een babbel of telefoontje");
  // The phone number only once they say yes.
  await expect(facts).toContainText("Zie je zodra je ja zegt");
  await expect(facts.locator(`a[href="tel:${person.phoneE164}"]`)).toHaveCount(0);
  const html = await phone.content();
  for (const secret of secrets) {
    expect(html).not.toContain(secret);
  }
  await expectAxeClean(phone);

  // 7. They accept, tap "Gebeld" and raise a concern.
  await phone.getByRole("button", { name: "Ja, ik doe het" }).click();
  await expect(phone.getByRole("status").filter({ hasText: "aanvaard" })).toBeVisible();
  await expect(facts.locator(`a[href="tel:${person.phoneE164}"]`)).toBeVisible();
  await phone.getByRole("button", { name: "Gebeld" }).click();
  await expect(phone.getByText("Genoteerd: gebeld. Dank je!")).toBeVisible();
  const concernText = `Ze wist niet meer wie ik was ${run}`;
  await phone.getByRole("radio", { name: "Lijkt verward of vergeetachtig" }).check();
  await phone.getByLabel("Wat viel je op?").fill(concernText);
  await phone.getByRole("button", { name: "Zorg doorgeven" }).click();
  await expect(phone.getByText(/Je zorg is doorgegeven/)).toBeVisible();
  await expectAxeClean(phone);

  const after = await db.volunteerLink.findUniqueOrThrow({
    where: { id: link.id },
    include: { contacts: true, concerns: true },
  });
  expect([after.status, after.contacts.map((c) => c.kind), after.concerns.map((c) => c.category)]).toEqual([
    "ACTIVE",
    ["CALLED"],
    ["CONFUSED_OR_FORGETFUL"],
  ]);
  const timeline = await db.timelineEvent.findMany({
    where: { helpRequestId: request.id },
    orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }],
  });
  expect(timeline.map((e) => e.type)).toEqual([
    "RECEIVED",
    "LINK_PROPOSED",
    "LINK_ACCEPTED",
    "LINK_STARTED",
    "LINK_CONTACT",
    "CONCERN_RAISED",
  ]);

  // 8. The coordinator's Vandaag shows the concern; their mail names only the reference and the category.
  await office.goto("/beheer");
  const concerns = office.getByRole("region", { name: /Zorgen van vrijwilligers/ });
  const item = concerns.getByRole("listitem").filter({ hasText: lastName });
  await expect(item).toContainText("Lijkt verward of vergeetachtig");
  await expect(item).toContainText(concernText);
  await expect(item.getByRole("link", { name: request.reference })).toBeVisible();
  const notice = await db.outboxMessage.findFirstOrThrow({
    where: { to: coordinator.email, subject: `Zorg gemeld bij ${request.reference}` },
  });
  expect(notice.textBody).toContain("Lijkt verward of vergeetachtig");
  for (const secret of [concernText, person.firstName, "Amina", lastName]) {
    expect(notice.textBody).not.toContain(secret);
  }
  await office.context().close();
});
