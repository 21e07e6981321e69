// The server actions of the admin pages, without a browser: the real guard
// (requireStaff against the server-side session in the database) in front of
// the domain functions. Only the Auth.js cookie and Next's request context
// are stood in for.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createStaffSession, validateStaffSession } from "@/lib/auth/staff-sessions";
import { generateTotpSecret } from "@/lib/auth/totp";
import { createPrismaClient } from "@/lib/db";
import { initialRowActionState } from "@/app/beheer/gebruikers/action-state";
import { initialInviteState } from "@/app/beheer/gebruikers/nieuw/invite-state";
import { initialAcceptInvitationState } from "@/app/(public)/login/uitnodiging/[token]/accept-state";
import { makeStaff, signIn } from "./staff-fixtures";

const cookie = vi.hoisted(() => {
  // What `experimental.authInterrupts` in next.config.ts sets in the app: forbidden() works.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { sessionToken: null as string | null };
});
vi.mock("@/lib/auth/auth", () => ({
  auth: async () => (cookie.sessionToken ? { sessionToken: cookie.sessionToken } : null),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "user-agent": "vitest" }) }));
vi.mock("@/lib/request-context/client-key", () => ({ getClientKey: async () => "test-admin-actions" }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const db = createPrismaClient();
afterAll(() => db.$disconnect());
beforeEach(() => {
  cookie.sessionToken = null;
});

const users = () => import("@/app/beheer/gebruikers/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** What Next makes of redirect() and forbidden(): an error with a digest. */
async function interrupt(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest) return digest;
    throw error;
  }
  throw new Error("the action was not interrupted");
}

/** A signed-in staff member with the second factor set up (its code checked at sign-in is covered in staff-auth). */
async function signedIn(role: "ADMIN" | "EDITOR") {
  const user = await makeStaff(db, role, { totpSecret: generateTotpSecret() });
  cookie.sessionToken = await createStaffSession(user.id, {}, { db });
  return user;
}

describe("the users page's actions", () => {
  it("send a visitor without a session to the login page, and send other roles to the refusal page", async () => {
    const { changeRoleAction, setActiveAction, resetSecondFactorAction, resendInvitationAction } =
      await users();
    const target = await makeStaff(db, "EDITOR");
    const data = () => form({ userId: target.id, role: "ADMIN", intent: "deactivate", confirm: "yes" });
    for (const action of [
      changeRoleAction,
      setActiveAction,
      resetSecondFactorAction,
      resendInvitationAction,
    ]) {
      cookie.sessionToken = null;
      expect(await interrupt(action(initialRowActionState, data()))).toMatch(/^NEXT_REDIRECT;.*;\/login;/);
      for (const role of ["EDITOR", "COORDINATOR"] as const) {
        const user = await makeStaff(db, role);
        // A demo-less coordinator without a second factor goes to enrolment first; an editor to the refusal page.
        cookie.sessionToken = await signIn(db, user.email);
        const digest = await interrupt(action(initialRowActionState, data()));
        expect(digest).toMatch(
          role === "EDITOR" ? /^NEXT_REDIRECT;.*;\/beheer\/geen-toegang;/ : /\/beheer\/tweede-factor;/,
        );
      }
    }
    const invite = (await import("@/app/beheer/gebruikers/nieuw/actions")).inviteAction;
    await signedIn("EDITOR");
    expect(
      await interrupt(
        invite(initialInviteState, form({ name: "X", email: "x@stad.example", role: "ADMIN" })),
      ),
    ).toMatch(/^NEXT_REDIRECT;.*;\/beheer\/geen-toegang;/);
    const settings = (await import("@/app/beheer/instellingen/actions")).saveSettingsAction;
    expect(
      await interrupt(settings({ attempt: 0, values: {}, errors: {}, message: null, saved: null }, form({}))),
    ).toMatch(/^NEXT_REDIRECT;.*;\/beheer\/geen-toegang;/);
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "EDITOR",
      isActive: true,
    });
  });

  it("deactivate only after 'Ik weet het zeker', and the user is out at their next request", async () => {
    const { setActiveAction } = await users();
    const target = await makeStaff(db, "EDITOR", { name: "Doelwit" });
    const targetSession = await signIn(db, target.email);
    await signedIn("ADMIN");

    const unconfirmed = await setActiveAction(
      initialRowActionState,
      form({ userId: target.id, intent: "deactivate" }),
    );
    expect(unconfirmed).toMatchObject({ attempt: 1, ok: false });
    expect(unconfirmed.message).toMatch(/^Vink eerst 'Ik weet het zeker' aan/);
    expect(await validateStaffSession(targetSession, { db })).not.toBeNull();

    const done = await setActiveAction(
      unconfirmed,
      form({ userId: target.id, intent: "deactivate", confirm: "yes" }),
    );
    expect(done).toEqual({
      attempt: 2,
      ok: true,
      message: "Doelwit is uitgeschakeld en meteen afgemeld.",
      link: null,
    });
    expect(await validateStaffSession(targetSession, { db })).toBeNull();
    // The deactivated user's own next action goes to the login page.
    cookie.sessionToken = targetSession;
    expect(await interrupt(setActiveAction(initialRowActionState, form({ userId: target.id })))).toMatch(
      /\/login;/,
    );
  });

  it("show refusals in Dutch in the row", async () => {
    const { setActiveAction, changeRoleAction } = await users();
    const me = await signedIn("ADMIN");
    expect(
      await setActiveAction(
        initialRowActionState,
        form({ userId: me.id, intent: "deactivate", confirm: "yes" }),
      ),
    ).toMatchObject({
      ok: false,
      message: "Je kan jezelf niet uitschakelen. Vraag het aan een andere beheerder.",
    });
    const other = await makeStaff(db, "EDITOR");
    expect(await changeRoleAction(initialRowActionState, form({ userId: other.id, role: "" }))).toMatchObject(
      {
        ok: false,
        message: "Kies een rol.",
      },
    );
  });
});

describe("inviting and accepting through the forms", () => {
  it("gives the admin the link once, and the invitee sets a password with it, without a session", async () => {
    const { inviteAction } = await import("@/app/beheer/gebruikers/nieuw/actions");
    await signedIn("ADMIN");
    const email = `formulier-${Date.now()}@stad.example`;
    const invalid = await inviteAction(
      initialInviteState,
      form({ name: "Formulier Test", email: "fout", role: "" }),
    );
    expect(invalid).toMatchObject({
      attempt: 1,
      values: { name: "Formulier Test", email: "fout" },
      invited: null,
    });
    expect(Object.keys(invalid.errors)).toEqual(["email", "role"]);

    const invited = await inviteAction(invalid, form({ name: "Formulier Test", email, role: "COORDINATOR" }));
    expect(invited).toMatchObject({ attempt: 2, errors: {}, values: { name: "", email: "", role: "" } });
    const link = invited.invited?.link ?? "";
    const token = link.slice(link.lastIndexOf("/") + 1);

    cookie.sessionToken = null;
    const { acceptInvitationAction } = await import("@/app/(public)/login/uitnodiging/[token]/actions");
    const mismatch = await acceptInvitationAction(
      initialAcceptInvitationState,
      form({ token, password: "twaalf tekens of meer", passwordConfirm: "iets anders" }),
    );
    expect(mismatch).toMatchObject({ done: false, errors: { passwordConfirm: expect.any(String) } });
    const accepted = await acceptInvitationAction(
      mismatch,
      form({ token, password: "twaalf tekens of meer", passwordConfirm: "twaalf tekens of meer" }),
    );
    expect(accepted).toEqual({ attempt: 2, errors: {}, message: null, done: true, needsSecondFactor: true });
    const again = await acceptInvitationAction(
      accepted,
      form({ token, password: "twaalf tekens of meer", passwordConfirm: "twaalf tekens of meer" }),
    );
    expect(again).toMatchObject({ done: false, message: expect.stringMatching(/^Deze link werkt niet/) });
    await expect(signIn(db, email, "twaalf tekens of meer")).resolves.toEqual(expect.any(String));
  });
});
