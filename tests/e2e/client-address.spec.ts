// The per-client rate limit of the public help form, over HTTP against the
// real production build: a client that writes its own X-Forwarded-For is still
// one client. The main test server plays one proxy of our own
// (TRUSTED_PROXY_HOPS=1, tests/e2e/server.mjs); the production default (no
// proxy) gets a server of its own here, on the same build and database.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { postForm, type Fields } from "./action-forms";
import { startOwnServer, type OwnServer } from "./own-server";
import { testDb } from "./staff-fixtures";

const MAIN_SECRET = process.env.AUTH_SECRET ?? "e2e-secret-not-for-production";

/** A help-form token issued a minute ago (past the minimum fill time), signed with the server's secret. */
function formToken(secret: string): string {
  const issuedAt = Date.now() - 60_000;
  const nonce = randomBytes(16).toString("base64url");
  const sig = createHmac("sha256", secret).update(`help-request.${issuedAt}.${nonce}`).digest("base64url");
  return `${issuedAt}.${nonce}.${sig}`;
}

/**
 * The hidden fields of the help form (server action id and bound state), read
 * from the page's HTML as a browser without JavaScript gets them.
 */
async function helpFormHiddenFields(request: APIRequestContext, url: string): Promise<Fields> {
  const html = await (await request.get(url)).text();
  const form = [...html.matchAll(/<form[^>]*>([\s\S]*?)<\/form>/g)]
    .map((m) => m[1] ?? "")
    .find((f) => f.includes('name="firstName"'));
  const unescape = (v: string) =>
    v
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, "&");
  const fields: [string, string][] = [];
  for (const [, attrs = ""] of (form ?? "").matchAll(/<input([^>]*)>/g)) {
    const name = /name="([^"]*)"/.exec(attrs)?.[1];
    if (!/type="hidden"/.test(attrs) || !name || name === "formToken") continue;
    fields.push([unescape(name), unescape(/value="([^"]*)"/.exec(attrs)?.[1] ?? "")]);
  }
  expect(fields.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
  return fields;
}

/** Posts the help form `times` times, each with its own X-Forwarded-For; returns the HTTP statuses. */
async function postHelpForms(
  request: APIRequestContext,
  {
    baseUrl,
    secret,
    hidden,
    firstName,
    forwardedFor,
    times,
  }: {
    baseUrl: string;
    secret: string;
    hidden: Fields;
    firstName: string;
    forwardedFor: (i: number) => string;
    times: number;
  },
) {
  const statuses: number[] = [];
  const bodies: string[] = [];
  for (let i = 0; i < times; i++) {
    const fields: Fields = [
      ...hidden,
      ["formToken", formToken(secret)],
      ["requestFor", "SELF"],
      ["firstName", firstName],
      ["phone", `0470 12 34 ${10 + i}`],
      ["needs", "CHAT_OR_CALL"],
      ["language", "nl"],
      ["bestTimeToCall", "ANY"],
      ["consent", "yes"],
    ];
    const response = await postForm(request, `${baseUrl}/hulp-nodig`, fields, {
      origin: baseUrl,
      "x-forwarded-for": forwardedFor(i),
    });
    statuses.push(response.status());
    bodies.push(await response.text());
  }
  return { statuses, bodies };
}

const storedFor = (firstName: string) => testDb().helpRequest.count({ where: { person: { firstName } } });

test.describe("without a proxy of our own (the default)", () => {
  let server: OwnServer | undefined;
  let baseUrl = "";
  // A secret of its own: its client keys can't collide with the main server's.
  const secret = `client-address-spec-${randomUUID()}`;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startOwnServer({ AUTH_SECRET: secret, TRUSTED_PROXY_HOPS: undefined });
    baseUrl = server.url;
  });

  test.afterAll(async () => server?.stop());

  test("a client making up a new X-Forwarded-For each time is refused after 5 help requests", async ({
    request,
  }) => {
    const firstName = `Spoof${randomUUID().slice(0, 8)}`;
    const hidden = await helpFormHiddenFields(request, `${baseUrl}/hulp-nodig`);
    const { statuses, bodies } = await postHelpForms(request, {
      baseUrl,
      secret,
      hidden,
      firstName,
      forwardedFor: (i) => `203.0.113.${i + 1}`,
      times: 7,
    });
    // 5 per hour per client: 5 confirmations (a redirect), then the form again with the refusal.
    expect(statuses).toEqual([303, 303, 303, 303, 303, 200, 200]);
    expect(bodies[5]).toContain("Je hebt al enkele vragen verstuurd.");
    expect(await storedFor(firstName)).toBe(5);
  });
});

test.describe("behind one proxy of our own (TRUSTED_PROXY_HOPS=1)", () => {
  test("what the client claimed before our proxy's entry is ignored", async ({ request }) => {
    const baseUrl = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
    const firstName = `Proxy${randomUUID().slice(0, 8)}`;
    const hidden = await helpFormHiddenFields(request, `${baseUrl}/hulp-nodig`);
    // The proxy appends the address it saw; this resident's is the same every time.
    const resident = `10.250.${Math.floor(Math.random() * 250) + 1}.${Math.floor(Math.random() * 250) + 1}`;
    const { statuses } = await postHelpForms(request, {
      baseUrl,
      secret: MAIN_SECRET,
      hidden,
      firstName,
      forwardedFor: (i) => `198.51.100.${i + 1}, ${resident}`,
      times: 6,
    });
    expect(statuses).toEqual([303, 303, 303, 303, 303, 200]);
    expect(await storedFor(firstName)).toBe(5);
  });
});
