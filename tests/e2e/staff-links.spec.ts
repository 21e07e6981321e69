// The follow-up of a link as a volunteer coordinator sees it: Vandaag lists
// a volunteer's concern until "Gezien", and the request page's "Koppelingen"
// panel logs a contact. Both pages pass axe.
import AxeBuilder from "@axe-core/playwright";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { makeRequest } from "../integration/staff-request-fixtures";
import { createStaff, signIn, testDb } from "./staff-fixtures";
import { asNewClient } from "./support";

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("a coordinator sees a concern on Vandaag, marks it seen, and logs a contact on the link", async ({
  page,
}) => {
  const db = testDb();
  const request = await makeRequest(db, { status: "LINKED", needs: ["PROFESSIONAL_TALK"] });
  const volunteer = await db.volunteer.create({
    data: {
      status: "ACTIVE",
      firstName: "Lotte",
      lastName: `Links-${randomUUID().slice(0, 6)}`,
      languages: ["nl"],
    },
  });
  const link = await db.volunteerLink.create({
    data: {
      status: "ACTIVE",
      activity: "CHAT_OR_CALL",
      helpRequestId: request.id,
      volunteerId: volunteer.id,
      startedAt: new Date(),
    },
  });
  await db.concern.create({
    data: {
      category: "HEALTH_WORSE",
      body: `Eet slecht ${volunteer.lastName}`,
      volunteerId: volunteer.id,
      linkId: link.id,
      helpRequestId: request.id,
    },
  });

  await asNewClient(page);
  await signIn(page, await createStaff("VOLUNTEER_COORDINATOR"));
  await page.goto("/beheer");
  await expect(page.getByRole("heading", { name: /Zorgen van vrijwilligers/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("button", { name: new RegExp(`Gezien: .*${volunteer.lastName}`) }).click();
  await expect(page.getByText(`Eet slecht ${volunteer.lastName}`)).toHaveCount(0);

  await page.goto(`/beheer/aanvragen/${request.id}`);
  await expect(page.locator("h3#koppelingen")).toBeVisible();
  const axeRequest = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(axeRequest.violations.map((v) => v.id)).toEqual([]);
  await page.locator(`#contact-${link.id}-title`).click();
  await page.locator(`input[name="kind"][value="VISITED"]`).check();
  await page.getByRole("button", { name: "Contact noteren" }).click();
  await expect(page.getByText("Het contact is genoteerd.")).toBeVisible();
  expect(await db.linkContact.count({ where: { linkId: link.id, kind: "VISITED" } })).toBe(1);
});
