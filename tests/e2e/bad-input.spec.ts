// Bad input gets a clear answer in Dutch, never a bare 500 or a false "outage":
// an oversized post (413), a post from another site (403), and invisible
// characters typed into the form (a field error, with everything kept).
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { actionFormsOn, postForm, type Fields } from "./action-forms";
import { asNewClient, takeYourTime } from "./support";

const PORT = Number(process.env.E2E_PORT ?? 3100);

async function helpFormFields(page: Page): Promise<Fields> {
  const fields = (await actionFormsOn(page, "/hulp-nodig")).get("submitHelpRequestForm");
  expect(fields, "the help form's action fields").toBeDefined();
  return fields ?? [];
}

test("a post over 1 MB gets a readable Dutch page with status 413", async ({ page, request }) => {
  const fields = await helpFormFields(page);
  const response = await postForm(request, "/hulp-nodig", [...fields, ["message", "a".repeat(1_100_000)]]);
  expect(response.status()).toBe(413);
  expect(response.headers()["content-type"]).toContain("text/html");
  const html = await response.text();
  expect(html).toContain("Wat je verstuurde is te groot");
  expect(html).toContain('lang="nl"');
  expect(html).toMatch(/href="tel:\d+"/);
});

test("a chunked post over 1 MB (no Content-Length) gets 413 too", async () => {
  const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: "localhost",
        port: PORT,
        path: "/hulp-nodig",
        method: "POST",
        headers: {
          origin: `http://localhost:${PORT}`,
          "content-type": "application/x-www-form-urlencoded",
          "transfer-encoding": "chunked",
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on("error", reject);
    const chunk = "message=" + "b".repeat(64 * 1024);
    for (let i = 0; i < 20; i++) req.write(chunk);
    req.end();
  });
  expect(status).toBe(413);
  expect(body).toContain("Wat je verstuurde is te groot");
});

test("a post from another site gets a readable Dutch page with status 403", async ({ page, request }) => {
  const fields = await helpFormFields(page);
  const foreign = await postForm(request, "/hulp-nodig", fields, { origin: "https://elders.example" });
  expect(foreign.status()).toBe(403);
  const html = await foreign.text();
  expect(html).toContain("Dit formulier kwam niet van onze website");
  expect(html).toContain("Er is niets bewaard of verstuurd.");

  // The same post from our own pages goes through to the form (which answers with the form again).
  const own = await postForm(request, "/hulp-nodig", fields);
  expect(own.status()).toBe(200);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a NUL byte and a bidi override typed into the form get a clear message, and nothing typed is lost", async ({
    page,
  }) => {
    await asNewClient(page);
    await page.goto("/hulp-nodig");
    const start = Date.now();
    await page.getByRole("radio", { name: "Voor mezelf" }).check();
    await page.locator('input[name="firstName"]').fill("Jozef\u202E");
    await page.locator('input[name="phone"]').fill("0470 12 34 56");
    await page.locator('textarea[name="message"]').fill("Ik zou graag\u0000 eens buiten komen.");
    await page.getByRole("checkbox", { name: "Boodschappen of klusjes" }).check();
    await page.getByRole("checkbox", { name: /Ik geef toestemming/ }).check();
    await takeYourTime(page, start);
    await page.getByRole("button", { name: "Vraag versturen" }).click();

    await expect(page).toHaveURL(/\/hulp-nodig$/);
    const summary = page.getByRole("alert");
    await expect(
      summary.getByRole("link", { name: /In 'Voornaam' stond een onzichtbaar teken/ }),
    ).toBeVisible();
    await expect(
      summary.getByRole("link", { name: /In 'Wil je iets meer vertellen\?' stond een onzichtbaar teken/ }),
    ).toBeVisible();
    await expect(page.getByText(/storing/i)).toHaveCount(0);
    await expect(page.locator('input[name="firstName"]')).toHaveValue("Jozef");
    await expect(page.locator('input[name="phone"]')).toHaveValue("0470 12 34 56");
    await expect(page.locator('textarea[name="message"]')).toHaveValue("Ik zou graag eens buiten komen.");
    await expect(page.getByRole("checkbox", { name: "Boodschappen of klusjes" })).toBeChecked();

    // Sending once more is all it takes.
    await page.getByRole("button", { name: "Vraag versturen" }).click();
    await expect(page).toHaveURL(/\/hulp-nodig\/bedankt\?bevestiging=/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We hebben je vraag goed ontvangen");
  });
});
