// Every server action of the staff area, posted the way a browser without
// JavaScript posts its form, by anonymous visitors and by every role, with and
// without the x-middleware-subrequest header (CVE-2025-29927): exactly the
// roles the permission table allows change something; everyone else changes
// nothing and is refused (anonymous: to the login page). Page routes are in
// staff-access.spec.ts. The forms' hidden action fields are read from the real
// pages (action-forms.ts); the change is checked in the database.
import {
  expect,
  test as base,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { can, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { actionFormsOn, postForm, serverActions, type Fields } from "./action-forms";
import { CASES, db, SETTING, type ActionCase } from "./staff-action-cases";
import { createStaff, signIn, STAFF_PASSWORD } from "./staff-fixtures";
import { asNewClient } from "./support";

const ROLES = Object.keys(ROLE_PERMISSIONS) as StaffRole[];
const BYPASS = { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" };
type Caller = StaffRole | "anonymous";

interface Harness {
  callers: Record<Caller, APIRequestContext>;
  /** The hidden action fields of a case's form, read from its page as ADMIN. */
  formOf: (c: Pick<ActionCase, "action" | "formPage">) => Promise<Fields>;
}

const test = base.extend<object, { harness: Harness }>({
  harness: [
    async ({ browser, playwright }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const anonymous = await playwright.request.newContext({ baseURL });
      // One after another: password hashing is slow, and a busy machine makes sign-ins time out.
      const contexts: (readonly [StaffRole, BrowserContext, Page])[] = [];
      for (const role of ROLES) {
        const context = await browser.newContext({ baseURL });
        const page = await context.newPage();
        // Many sign-ins: each from its own address, below the per-client limit.
        await asNewClient(page);
        await signIn(page, await createStaff(role));
        contexts.push([role, context, page]);
      }
      const callers = { anonymous } as Record<Caller, APIRequestContext>;
      for (const [role, context] of contexts) callers[role] = context.request;
      const adminPage = contexts.find(([role]) => role === "ADMIN")![2];
      const seen = new Map<string, Fields>();
      const formOf = async (c: Pick<ActionCase, "action" | "formPage">) => {
        if (!seen.has(c.action)) {
          for (const [name, fields] of await actionFormsOn(adminPage, await c.formPage()))
            seen.set(name, fields);
        }
        const fields = seen.get(c.action);
        if (!fields) throw new Error(`No form posts to ${c.action} on its page`);
        return fields;
      };
      await use({ callers, formOf });
      await Promise.all(contexts.map(([, context]) => context.close()));
      await anonymous.dispose();
    },
    { scope: "worker", timeout: 180_000 },
  ],
});

const VARIANTS = [
  ["", {}],
  [" with x-middleware-subrequest", BYPASS],
] as const;

let savedSetting: { value: unknown } | null = null;
test.beforeAll(async () => {
  savedSetting = await db().setting.findUnique({ where: { key: SETTING }, select: { value: true } });
});
test.afterAll(async () => {
  if (savedSetting)
    await db().setting.update({ where: { key: SETTING }, data: { value: savedSetting.value as number } });
  else await db().setting.deleteMany({ where: { key: SETTING } });
});

for (const c of CASES) {
  test(`${c.action} (${c.permission}) works for exactly the roles that hold the permission`, async ({
    harness,
  }) => {
    const hidden = await harness.formOf(c);
    // Refused calls change nothing, so they can share one target.
    const shared = await c.target();
    for (const caller of ["anonymous", ...ROLES] as Caller[]) {
      const allowed = caller !== "anonymous" && can(caller, c.permission);
      for (const [variant, headers] of VARIANTS) {
        const label = `${caller}${variant}`;
        const target = allowed ? await c.target() : shared;
        const before = await target.state();
        const response = await postForm(
          harness.callers[caller],
          target.url,
          [...hidden, ...target.fields],
          headers,
        );
        const after = await target.state();
        if (allowed) {
          expect.soft(response.status(), `${label}: status`).toBeLessThan(400);
          expect.soft(after, `${label}: changed`).not.toEqual(before);
        } else {
          if (caller === "anonymous") {
            expect.soft(response.status(), `${label}: status`).toBeGreaterThanOrEqual(300);
            expect.soft(response.headers()["location"] ?? "", `${label}: to login`).toMatch(/\/login/);
          } else {
            // Signed in without the permission: to the refusal page (requireStaffForAction).
            expect.soft(response.status(), `${label}: status`).toBeGreaterThanOrEqual(300);
            expect
              .soft(response.headers()["location"] ?? "", `${label}: to the refusal page`)
              .toMatch(/\/beheer\/geen-toegang/);
          }
          expect.soft(after, `${label}: unchanged`).toEqual(before);
        }
      }
    }
  });
}

/** Actions that ask only for a signed-in staff member, of any role. */
const SIGNED_IN_ONLY = ["logoutAction", "confirmEnrolmentAction", "changeOwnPasswordAction"];

/** A browser of its own, signed in as a new account of the role (for a change to that account's sessions or password). */
async function signedInContext(browser: Browser, role: StaffRole) {
  const context = await browser.newContext();
  const staff = await createStaff(role);
  const page = await context.newPage();
  await asNewClient(page);
  await signIn(page, staff);
  return { context, staff };
}

test("logging out ends the session of every role; anonymous callers go to the login page", async ({
  browser,
  harness,
}) => {
  const hidden = await harness.formOf({ action: "logoutAction", formPage: async () => "/beheer" });
  for (const [variant, headers] of VARIANTS) {
    const response = await postForm(harness.callers.anonymous, "/beheer", hidden, headers);
    expect.soft(response.headers()["location"] ?? "", `anonymous${variant}`).toMatch(/\/login/);
    for (const role of ROLES) {
      // Its own session: logging out ends it.
      const { context, staff } = await signedInContext(browser, role);
      await postForm(context.request, "/beheer", hidden, headers);
      const open = await db().staffSession.count({ where: { staffUserId: staff.id, endedAt: null } });
      expect.soft(open, `${role}${variant}: sessions left open`).toBe(0);
      await context.close();
    }
  }
});

test("confirming the second factor sends anonymous callers to the login page", async ({ harness }) => {
  // Its form shows only during enrolment; any signed-in role may use it, so only anonymous is refused.
  const id = [...serverActions()].find(([, e]) => e.exportedName === "confirmEnrolmentAction")?.[0];
  expect(id).toBeTruthy();
  for (const [variant, headers] of VARIANTS) {
    const response = await postForm(
      harness.callers.anonymous,
      "/beheer/tweede-factor",
      [
        [`$ACTION_ID_${id}`, ""],
        ["code", "123456"],
      ],
      headers,
    );
    expect.soft(response.headers()["location"] ?? "", `anonymous${variant}`).toMatch(/\/login/);
  }
});

test("changing one's own password works for every role; anonymous callers go to the login page", async ({
  browser,
  harness,
}) => {
  const hidden = await harness.formOf({
    action: "changeOwnPasswordAction",
    formPage: async () => "/beheer/wachtwoord",
  });
  const fields = (password: string): [string, string][] => [
    ["currentPassword", STAFF_PASSWORD],
    ["password", password],
    ["passwordConfirm", password],
  ];
  for (const [variant, headers] of VARIANTS) {
    const response = await postForm(
      harness.callers.anonymous,
      "/beheer/wachtwoord",
      [...hidden, ...fields("matrix anoniem wachtwoord")],
      headers,
    );
    expect.soft(response.headers()["location"] ?? "", `anonymous${variant}`).toMatch(/\/login/);
    for (const role of ROLES) {
      // Its own account: the change is to that person's password.
      const { context, staff } = await signedInContext(browser, role);
      const hashOf = async () =>
        (await db().staffUser.findUniqueOrThrow({ where: { id: staff.id } })).passwordHash;
      const before = await hashOf();
      const response = await postForm(
        context.request,
        "/beheer/wachtwoord",
        [...hidden, ...fields(`matrix ${role} nieuw wachtwoord`)],
        headers,
      );
      expect.soft(response.status(), `${role}${variant}: status`).toBeLessThan(400);
      expect.soft(await hashOf(), `${role}${variant}: changed`).not.toBe(before);
      await context.close();
    }
  }
});

test("the matrix covers every server action of the staff area", () => {
  const covered = new Set([...CASES.map((c) => c.action), ...SIGNED_IN_ONLY]);
  const staffActions = [...serverActions().values()]
    .filter((e) => e.filename.startsWith("app/beheer/") || e.filename === "lib/auth/logout.ts")
    .map((e) => e.exportedName);
  expect(staffActions.length).toBeGreaterThan(CASES.length);
  expect(staffActions.filter((name) => !covered.has(name))).toEqual([]);
});
