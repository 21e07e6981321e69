// The server actions of the public forms, end to end without a browser: the
// shared pipeline (token, honeypot, validation, fill time) in front of the
// domain functions, against the real database.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { verifyConfirmationToken } from "@/lib/forms/confirmation-token";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { issueFormToken, verifyFormToken } from "@/lib/forms/form-token";
import type * as DbModuleValue from "@/lib/db";

type DbModule = typeof DbModuleValue;

const client = vi.hoisted(() => ({ key: "" }));
vi.mock("@/lib/request-context/client-key", () => ({ getClientKey: async () => client.key }));

const db = createPrismaClient();
afterAll(() => db.$disconnect());
beforeEach(() => {
  client.key = `test-action-${randomUUID()}`;
});
afterEach(() => {
  vi.doUnmock("@/lib/db");
  vi.resetModules();
});

/** A token issued a while ago: the person took their time. */
const oldToken = (purpose: "help-request" | "volunteer-application") =>
  issueFormToken(purpose, { now: new Date(Date.now() - 60_000) });
const nonceOf = (token: string) => token.split(".")[1] as string;
const firstName = () => `Actie${randomBytes(3).toString("hex")}`;

function helpForm(token: string, fields: Record<string, string | string[]> = {}) {
  const data = new FormData();
  const values: Record<string, string | string[]> = {
    requestFor: "SELF",
    needs: ["CHAT_OR_CALL", "NOT_SURE"],
    firstName: "Maria",
    phone: "0470 12 34 56",
    language: "nl",
    consent: "yes",
    website: "",
    ...fields,
  };
  for (const [name, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  }
  data.append("formToken", token);
  data.append("$ACTION_ID_0123456789abcdef", "");
  return data;
}

/** Runs an action that should redirect; returns where to. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] as string;
    throw error;
  }
  throw new Error("the action did not redirect");
}

/** The confirmation token in a thank-you address, verified. */
function confirmationOf(to: string, purpose: "help-request" | "volunteer-application") {
  return verifyConfirmationToken(new URL(to, "http://localhost").searchParams.get("bevestiging"), purpose);
}

/** The field names in a confirmation token's payload: what the address reveals. */
function payloadKeys(to: string): string[] {
  const token = new URL(to, "http://localhost").searchParams.get("bevestiging") ?? "";
  const payload = token.split(".")[0] ?? "";
  return Object.keys(JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))).sort();
}

async function helpAction() {
  return (await import("@/app/(public)/hulp-nodig/actions")).submitHelpRequestForm;
}

describe("the Hulp nodig? action", () => {
  it("stores a valid form and sends the person to the thank-you page with the reference", async () => {
    const action = await helpAction();
    const token = oldToken("help-request");
    const name = firstName();
    const to = await redirectOf(action(initialFormState(token), helpForm(token, { firstName: name })));
    expect(to).toMatch(/^\/hulp-nodig\/bedankt\?bevestiging=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const request = await db.helpRequest.findUniqueOrThrow({
      where: { submissionToken: nonceOf(token) },
      include: { person: true },
    });
    expect(request.person.firstName).toBe(name);
    // The address carries what the thank-you page shows, signed, and nothing personal.
    const confirmation = confirmationOf(to, "help-request");
    expect(confirmation).toEqual({
      valid: true,
      data: { reference: request.reference, requestFor: "SELF", dueAt: request.dueAt.getTime() },
    });
    expect(payloadKeys(to)).toEqual(["dueAt", "exp", "reference", "requestFor"]);
    expect(decodeURIComponent(to)).not.toContain(name);

    // The same form sent again (double click, retry, back button): the same reference.
    const again = await redirectOf(action(initialFormState(token), helpForm(token, { firstName: name })));
    expect(confirmationOf(again, "help-request")).toEqual(confirmation);
    expect(await db.helpRequest.count({ where: { submissionToken: nonceOf(token) } })).toBe(1);
  });

  it("refuses a NUL byte (or a bidi override) with a field error, not an outage, and keeps what was typed", async () => {
    const action = await helpAction();
    const token = oldToken("help-request");
    const name = firstName();
    const state = await action(
      initialFormState(token),
      helpForm(token, { firstName: `${name}\u202E`, message: "Ik zie\u0000 niemand meer.\r\nAl lang niet." }),
    );
    expect(state.formError).toBe("invalid");
    expect(state.errors).toEqual({
      firstName:
        "In 'Voornaam' stond een onzichtbaar teken, bijvoorbeeld uit een gekopieerde tekst. We hebben het weggehaald. Kijk de tekst na en verstuur opnieuw.",
      message:
        "In 'Wil je iets meer vertellen?' stond een onzichtbaar teken, bijvoorbeeld uit een gekopieerde tekst. We hebben het weggehaald. Kijk de tekst na en verstuur opnieuw.",
    });
    // Shown again without the invisible characters, so sending once more works.
    expect(state.values).toMatchObject({
      firstName: name,
      message: "Ik zie niemand meer.\r\nAl lang niet.",
      phone: "0470 12 34 56",
    });
    expect(await db.helpRequest.count({ where: { submissionToken: nonceOf(token) } })).toBe(0);

    const to = await redirectOf(action(state, helpForm(token, state.values)));
    expect(confirmationOf(to, "help-request").valid).toBe(true);
    const request = await db.helpRequest.findUniqueOrThrow({
      where: { submissionToken: nonceOf(token) },
      include: { person: true },
    });
    expect(request.person.firstName).toBe(name);
    expect(request.message).toBe("Ik zie niemand meer.\r\nAl lang niet.");
  });

  it("comes back with the errors, everything typed and the same token", async () => {
    const action = await helpAction();
    const token = oldToken("help-request");
    const previous = initialFormState(token);
    const state = await action(
      previous,
      helpForm(token, {
        requestFor: "SOMEONE_ELSE",
        reporterFirstName: "",
        firstName: "Georges",
        phone: "12",
        message: "Hij is alleen.",
      }),
    );
    expect(state.formError).toBe("invalid");
    expect(state.token).toBe(token);
    expect(state.submission).toBe(previous.submission + 1);
    expect(state.errors).toMatchObject({
      subjectAwareness: "Kies of die persoon weet dat je hulp vraagt.",
      reporterFirstName: "Vul jouw voornaam in.",
      phone: "Dit telefoonnummer klopt niet. Schrijf het bijvoorbeeld zo: 0470 12 34 56.",
    });
    expect(state.values).toMatchObject({
      requestFor: "SOMEONE_ELSE",
      firstName: "Georges",
      phone: "12",
      message: "Hij is alleen.",
      needs: ["CHAT_OR_CALL", "NOT_SURE"],
      consent: "yes",
    });
    // The token and the honeypot are never echoed into the values.
    expect(Object.keys(state.values)).not.toContain("formToken");
    expect(Object.keys(state.values)).not.toContain("website");
    expect(await db.helpRequest.count({ where: { submissionToken: nonceOf(token) } })).toBe(0);
  });

  it("asks to check and send again when the form came back too fast, and then accepts it", async () => {
    const action = await helpAction();
    const token = issueFormToken("help-request"); // just issued
    const state = await action(initialFormState(token), helpForm(token));
    expect(state).toMatchObject({ formError: "too-fast", token, errors: {} });
    expect(state.values.firstName).toBe("Maria");
    expect(await db.helpRequest.count({ where: { submissionToken: nonceOf(token) } })).toBe(0);

    await new Promise((resolve) => setTimeout(resolve, 3_100));
    expect(await redirectOf(action(state, helpForm(token)))).toMatch(/^\/hulp-nodig\/bedankt\?bevestiging=/);
  });

  it("stores nothing when the honeypot is filled in, and says nothing specific", async () => {
    const action = await helpAction();
    const token = oldToken("help-request");
    const state = await action(initialFormState(token), helpForm(token, { website: "https://spam.example" }));
    expect(state).toMatchObject({ formError: "rejected", token, errors: {} });
    expect(await db.helpRequest.count({ where: { submissionToken: nonceOf(token) } })).toBe(0);
  });

  it("refuses a tampered or foreign token and offers a fresh one", async () => {
    const action = await helpAction();
    const token = oldToken("help-request");
    const [time, nonce] = token.split(".");
    const forged = `${time}.${nonce}.${"A".repeat(43)}`;
    const state = await action(initialFormState(forged), helpForm(forged));
    expect(state.formError).toBe("rejected");
    expect(state.token).not.toBe(forged);
    expect(verifyFormToken(state.token, "help-request").valid).toBe(true);
    expect(state.values.firstName).toBe("Maria");

    const volunteerToken = oldToken("volunteer-application");
    expect((await action(initialFormState(volunteerToken), helpForm(volunteerToken))).formError).toBe(
      "rejected",
    );
  });

  it("says so when the client sent too many, keeping the form", async () => {
    const action = await helpAction();
    for (let i = 0; i < 5; i++) {
      const token = oldToken("help-request");
      await redirectOf(action(initialFormState(token), helpForm(token)));
    }
    const token = oldToken("help-request");
    const state = await action(initialFormState(token), helpForm(token, { firstName: "Zesde" }));
    expect(state).toMatchObject({ formError: "rate-limited", token });
    expect(state.values.firstName).toBe("Zesde");
    expect(await db.helpRequest.count({ where: { submissionToken: nonceOf(token) } })).toBe(0);
  });

  it("never claims 'received' when the database is down: the form comes back filled in, same token", async () => {
    vi.resetModules();
    vi.doMock("@/lib/db", async (importOriginal) => {
      const original = await importOriginal<DbModule>();
      return { ...original, prisma: original.createPrismaClient("postgresql://tezamen:x@127.0.0.1:1/none") };
    });
    const action = await helpAction();
    const token = oldToken("help-request");
    const name = firstName();
    const state: FormState = await action(
      initialFormState(token),
      helpForm(token, { firstName: name, message: "Dringend" }),
    );
    expect(state).toMatchObject({ formError: "unavailable", token, errors: {} });
    expect(state.values).toMatchObject({ firstName: name, message: "Dringend", phone: "0470 12 34 56" });
    expect(await db.helpRequest.count({ where: { submissionToken: nonceOf(token) } })).toBe(0);
    expect(await db.person.count({ where: { firstName: name } })).toBe(0);
  });
});

describe("the Ik wil helpen action", () => {
  function volunteerForm(token: string, fields: Record<string, string | string[]> = {}) {
    const data = new FormData();
    const values: Record<string, string | string[]> = {
      firstName: "Fatima",
      lastName: "El Amrani",
      email: "fatima@voorbeeld.be",
      activities: ["VISIT_OR_WALK"],
      languages: ["nl"],
      availability: ["FRIDAY_AFTERNOON"],
      maxActiveLinks: "1",
      consent: "yes",
      ...fields,
    };
    for (const [name, value] of Object.entries(values)) {
      for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
    }
    data.append("formToken", token);
    return data;
  }

  it("stores the sign-up as APPLIED and confirms it with a signed token that holds nothing personal", async () => {
    const { submitVolunteerApplicationForm } = await import("@/app/(public)/ik-wil-helpen/actions");
    const token = oldToken("volunteer-application");
    const to = await redirectOf(
      submitVolunteerApplicationForm(initialFormState(token), volunteerForm(token)),
    );
    expect(to).toMatch(/^\/ik-wil-helpen\/bedankt\?bevestiging=[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(confirmationOf(to, "volunteer-application")).toEqual({ valid: true, data: {} });
    expect(payloadKeys(to)).toEqual(["exp"]);
    const volunteer = await db.volunteer.findUniqueOrThrow({ where: { submissionToken: nonceOf(token) } });
    expect(volunteer).toMatchObject({
      status: "APPLIED",
      maxActiveLinks: 1,
      availability: ["FRIDAY_AFTERNOON"],
    });
  });

  it("comes back with the errors and everything typed", async () => {
    const { submitVolunteerApplicationForm } = await import("@/app/(public)/ik-wil-helpen/actions");
    const token = oldToken("volunteer-application");
    const state = await submitVolunteerApplicationForm(
      initialFormState(token),
      volunteerForm(token, { email: "", activities: [] }),
    );
    expect(state.formError).toBe("invalid");
    expect(state.errors).toEqual({
      phone: "Geef een telefoonnummer of e-mailadres, zodat we je kunnen bereiken.",
      activities: "Kies minstens één ding dat je graag zou doen.",
    });
    expect(state.values).toMatchObject({
      firstName: "Fatima",
      availability: ["FRIDAY_AFTERNOON"],
      maxActiveLinks: "1",
    });
  });
});
