import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateStaff } from "@/lib/auth/authenticate-staff";
import { validateStaffSession } from "@/lib/auth/staff-sessions";
import { generateTotpSecret, totpCode } from "@/lib/auth/totp";
import { createPrismaClient } from "@/lib/db";
import { changeStaffRole } from "@/lib/staff-users/change-staff-role";
import { deactivateStaffUser } from "@/lib/staff-users/deactivate-staff-user";
import { listStaffUsers } from "@/lib/staff-users/list-staff-users";
import { reactivateStaffUser } from "@/lib/staff-users/reactivate-staff-user";
import { resetSecondFactor } from "@/lib/staff-users/reset-second-factor";
import { AdminError } from "@/lib/staff-users/admin-error";
import { actorOf, makeStaff, PASSWORD, refusal, signIn } from "./staff-fixtures";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

async function admin() {
  return actorOf(await makeStaff(db, "ADMIN"));
}

const audits = (action: string, entityId: string) => db.auditEvent.findMany({ where: { action, entityId } });

describe("listing staff users", () => {
  it("shows role, status, second factor, last sign-in and whether the row is the admin's own", async () => {
    const me = await makeStaff(db, "ADMIN", { name: "Aaa Ik" });
    const other = await makeStaff(db, "COORDINATOR", { name: "Aaa Ander", totpSecret: generateTotpSecret() });
    const gone = await makeStaff(db, "EDITOR", { name: "Aaa Weg", isActive: false });
    await signIn(db, me.email);
    const rows = await listStaffUsers(actorOf(me), { db });
    const mine = rows.find((r) => r.id === me.id);
    expect(mine).toMatchObject({ isSelf: true, role: "ADMIN", isActive: true, hasSecondFactor: false });
    expect(mine?.lastLoginAt).toBeInstanceOf(Date);
    expect(rows.find((r) => r.id === other.id)).toMatchObject({
      isSelf: false,
      hasSecondFactor: true,
      lastLoginAt: null,
      invitationPending: false,
    });
    // Active accounts first.
    const indexOf = (id: string) => rows.findIndex((r) => r.id === id);
    expect(indexOf(gone.id)).toBeGreaterThan(indexOf(other.id));
    expect(rows.every((r) => !("passwordHash" in r) && !("totpSecret" in r))).toBe(true);
  });
});

describe("changing a role", () => {
  it("changes it, ends the user's sessions and audits old and new role", async () => {
    const actor = await admin();
    const user = await makeStaff(db, "EDITOR");
    const token = await signIn(db, user.email);
    expect(await validateStaffSession(token, { db })).not.toBeNull();

    expect(await changeStaffRole(actor, { userId: user.id, role: "REPORTER" }, { db })).toEqual({
      name: user.name,
      from: "EDITOR",
      to: "REPORTER",
    });
    expect(await validateStaffSession(token, { db })).toBeNull();
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("REPORTER");
    const [event] = await audits("staff-user.change-role", user.id);
    expect(event).toMatchObject({ actorStaffId: actor.id, data: { from: "EDITOR", to: "REPORTER" } });

    // A new sign-in works, with the new role.
    const again = await signIn(db, user.email);
    expect((await validateStaffSession(again, { db }))?.user.role).toBe("REPORTER");
  });

  it("refuses the admin's own role, an unknown role, an unknown user and no change", async () => {
    const actor = await admin();
    const user = await makeStaff(db, "EDITOR");
    expect(await refusal(changeStaffRole(actor, { userId: actor.id, role: "EDITOR" }, { db }))).toMatchObject(
      {
        code: "self",
      },
    );
    expect(await refusal(changeStaffRole(actor, { userId: user.id, role: "ROOT" }, { db }))).toMatchObject({
      code: "invalid-input",
      fieldErrors: { role: "Kies een rol." },
    });
    expect(
      await refusal(changeStaffRole(actor, { userId: randomUUID(), role: "EDITOR" }, { db })),
    ).toMatchObject({ code: "not-found" });
    expect(await refusal(changeStaffRole(actor, { userId: user.id, role: "EDITOR" }, { db }))).toMatchObject({
      code: "already-done",
    });
    expect(await audits("staff-user.change-role", user.id)).toHaveLength(0);
  });
});

describe("deactivating and reactivating", () => {
  it("ends every session at once, refuses sign-in, and gives access back on reactivation", async () => {
    const actor = await admin();
    const user = await makeStaff(db, "EDITOR");
    const first = await signIn(db, user.email);
    const second = await signIn(db, user.email);
    const now = new Date();

    await deactivateStaffUser(actor, { userId: user.id }, { db, now });
    expect(await validateStaffSession(first, { db })).toBeNull();
    expect(await validateStaffSession(second, { db })).toBeNull();
    expect(await db.staffSession.count({ where: { staffUserId: user.id, endedAt: null } })).toBe(0);
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ isActive: false, deactivatedAt: now });
    await expect(signIn(db, user.email)).rejects.toThrow("invalid");
    expect(await refusal(deactivateStaffUser(actor, { userId: user.id }, { db }))).toMatchObject({
      code: "already-done",
    });

    await reactivateStaffUser(actor, { userId: user.id }, { db });
    // The old sessions stay ended; a new sign-in works.
    expect(await validateStaffSession(first, { db })).toBeNull();
    const token = await signIn(db, user.email);
    expect(await validateStaffSession(token, { db })).not.toBeNull();
    expect(await refusal(reactivateStaffUser(actor, { userId: user.id }, { db }))).toMatchObject({
      code: "already-done",
    });
    expect(await audits("staff-user.deactivate", user.id)).toHaveLength(1);
    expect(await audits("staff-user.reactivate", user.id)).toHaveLength(1);
  });

  it("refuses to deactivate yourself", async () => {
    const me = await makeStaff(db, "ADMIN");
    const token = await signIn(db, me.email);
    const error = await refusal(deactivateStaffUser(actorOf(me), { userId: me.id }, { db }));
    expect(error).toBeInstanceOf(AdminError);
    expect(error).toMatchObject({ code: "self" });
    expect(error.message).toMatch(/^Je kan jezelf niet uitschakelen/);
    expect(await validateStaffSession(token, { db })).not.toBeNull();
  });

  describe("the last active admin", () => {
    // The rule counts every admin in the database: for these tests, the two
    // admins made here are the only active ones. The others come back afterwards.
    async function onlyTheseAdmins<T>(
      run: (a: ReturnType<typeof actorOf>, b: ReturnType<typeof actorOf>) => Promise<T>,
    ) {
      const others = await db.staffUser.findMany({
        where: { role: "ADMIN", isActive: true },
        select: { id: true },
      });
      await db.staffUser.updateMany({
        where: { id: { in: others.map((o) => o.id) } },
        data: { isActive: false },
      });
      try {
        const a = actorOf(await makeStaff(db, "ADMIN", { name: "Admin A" }));
        const b = actorOf(await makeStaff(db, "ADMIN", { name: "Admin B" }));
        return await run(a, b);
      } finally {
        await db.staffUser.updateMany({
          where: { id: { in: others.map((o) => o.id) } },
          data: { isActive: true },
        });
      }
    }

    it("can't be deactivated or given another role", async () => {
      await onlyTheseAdmins(async (a, b) => {
        await deactivateStaffUser(a, { userId: b.id }, { db });
        // B was deactivated a moment ago, but a request of theirs is still under way.
        const deactivate = await refusal(deactivateStaffUser(b, { userId: a.id }, { db }));
        expect(deactivate).toMatchObject({ code: "last-admin" });
        expect(deactivate.message).toBe(
          "Admin A is de laatste actieve beheerder en kan niet uitgeschakeld worden.",
        );
        const demote = await refusal(changeStaffRole(b, { userId: a.id, role: "EDITOR" }, { db }));
        expect(demote).toMatchObject({ code: "last-admin" });
        const stillAdmin = await db.staffUser.findUniqueOrThrow({ where: { id: a.id } });
        expect(stillAdmin).toMatchObject({ role: "ADMIN", isActive: true });
        // Another admin may be made and then the first one demoted.
        await reactivateStaffUser(a, { userId: b.id }, { db });
        await changeStaffRole(b, { userId: a.id, role: "EDITOR" }, { db });
      });
    });

    it("survives two admins deactivating each other at the same moment", async () => {
      await onlyTheseAdmins(async (a, b) => {
        const results = await Promise.allSettled([
          deactivateStaffUser(a, { userId: b.id }, { db }),
          deactivateStaffUser(b, { userId: a.id }, { db }),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        expect(results.find((r) => r.status === "rejected")?.reason).toMatchObject({ code: "last-admin" });
        expect(await db.staffUser.count({ where: { id: { in: [a.id, b.id] }, isActive: true } })).toBe(1);
      });
    });
  });
});

describe("resetting the second factor", () => {
  it("forgets the secret and ends the sessions; the next sign-in goes to enrolment", async () => {
    const actor = await admin();
    const secret = generateTotpSecret();
    const user = await makeStaff(db, "COORDINATOR", { totpSecret: secret });
    const now = new Date();
    const login = await authenticateStaff(
      { email: user.email, password: PASSWORD, code: totpCode(secret, now) },
      { clientKey: `client-${randomUUID()}`, demoDatabase: false, db, now },
    );
    if (!login.ok) throw new Error("sign-in failed");

    await resetSecondFactor(actor, { userId: user.id }, { db });
    expect(await validateStaffSession(login.sessionToken, { db })).toBeNull();
    const stored = await db.staffUser.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    const [event] = await audits("staff-user.reset-second-factor", user.id);
    expect(event).toMatchObject({ actorStaffId: actor.id, data: { wasEnrolled: true } });

    // Password only, then set up the second factor again.
    const next = await authenticateStaff(
      { email: user.email, password: PASSWORD, code: "" },
      { clientKey: `client-${randomUUID()}`, demoDatabase: false, db },
    );
    expect(next).toMatchObject({ ok: true, mustEnrolSecondFactor: true });
    expect(await refusal(resetSecondFactor(actor, { userId: user.id }, { db }))).toMatchObject({
      code: "already-done",
    });
  });

  it("is not for your own account", async () => {
    const me = await makeStaff(db, "ADMIN", { totpSecret: generateTotpSecret() });
    expect(await refusal(resetSecondFactor(actorOf(me), { userId: me.id }, { db }))).toMatchObject({
      code: "self",
    });
  });
});
