// Every admin domain function × every role: allowed exactly for the roles
// written out below (by hand, not read from lib/auth/permissions.ts, which
// tests/unit/permission-table.test.ts pins), else ForbiddenError, before
// anything is read or written.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ForbiddenError, type StaffActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { listAuditEvents, listAuditFilterOptions } from "@/lib/audit/list-audit-events";
import { createPrismaClient } from "@/lib/db";
import { updateSettings } from "@/lib/settings/update-settings";
import { changeStaffRole } from "@/lib/staff-users/change-staff-role";
import { deactivateStaffUser } from "@/lib/staff-users/deactivate-staff-user";
import { inviteStaffUser } from "@/lib/staff-users/invite-staff-user";
import { listStaffUsers } from "@/lib/staff-users/list-staff-users";
import { reactivateStaffUser } from "@/lib/staff-users/reactivate-staff-user";
import { resendStaffInvitation } from "@/lib/staff-users/resend-staff-invitation";
import { resetSecondFactor } from "@/lib/staff-users/reset-second-factor";
import { sendPasswordReset } from "@/lib/staff-users/send-password-reset";
import { AdminError } from "@/lib/staff-users/admin-error";
import { actorOf, makeStaff, ROLES } from "./staff-fixtures";

const db = createPrismaClient();
afterAll(() => db.$disconnect());

const unknownUser = () => ({ userId: randomUUID() });

/**
 * Each function with arguments that change nothing when the check passes (an
 * unknown user, a form with errors): an allowed call ends in a AdminError
 * or a result, a refused one in ForbiddenError.
 */
const CASES: { name: string; permission: Permission; call: (actor: StaffActor) => Promise<unknown> }[] = [
  { name: "listStaffUsers", permission: "user:manage", call: (a) => listStaffUsers(a, { db }) },
  {
    name: "inviteStaffUser",
    permission: "user:manage",
    call: (a) => inviteStaffUser(a, { name: "", email: "", role: "" }, { db }),
  },
  {
    name: "resendStaffInvitation",
    permission: "user:manage",
    call: (a) => resendStaffInvitation(a, unknownUser(), { db }),
  },
  {
    name: "changeStaffRole",
    permission: "user:manage",
    call: (a) => changeStaffRole(a, { ...unknownUser(), role: "EDITOR" }, { db }),
  },
  {
    name: "deactivateStaffUser",
    permission: "user:manage",
    call: (a) => deactivateStaffUser(a, unknownUser(), { db }),
  },
  {
    name: "reactivateStaffUser",
    permission: "user:manage",
    call: (a) => reactivateStaffUser(a, unknownUser(), { db }),
  },
  {
    name: "resetSecondFactor",
    permission: "user:manage",
    call: (a) => resetSecondFactor(a, unknownUser(), { db }),
  },
  {
    name: "sendPasswordReset",
    permission: "user:manage",
    call: (a) => sendPasswordReset(a, unknownUser(), { db, linkCanReachThem: true }),
  },
  { name: "updateSettings", permission: "settings:manage", call: (a) => updateSettings(a, {}, { db }) },
  { name: "listAuditEvents", permission: "audit:read", call: (a) => listAuditEvents(a, { page: 1 }, { db }) },
  {
    name: "listAuditFilterOptions",
    permission: "audit:read",
    call: (a) => listAuditFilterOptions(a, { db }),
  },
];

/** Who may do what, written out by hand (not read from the table under test). */
const ALLOWED: Partial<Record<Permission, readonly StaffRole[]>> = {
  "user:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
};

describe.each(ROLES)("role %s", (role) => {
  it.each(CASES)("$name ($permission)", async ({ permission, call }) => {
    const actor = actorOf(await makeStaff(db, role));
    const allowed = (ALLOWED[permission] ?? []).includes(role);
    const outcome = await call(actor).then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    if (allowed) {
      // Let through: it succeeds, or refuses for a reason of its own (an unknown user), never for the role.
      expect(outcome.ok || outcome.error instanceof AdminError).toBe(true);
      expect(outcome.ok ? null : outcome.error).not.toBeInstanceOf(ForbiddenError);
    } else {
      expect(outcome.ok).toBe(false);
      expect(outcome.ok ? null : outcome.error).toBeInstanceOf(ForbiddenError);
      expect(outcome.ok ? null : (outcome.error as ForbiddenError).permission).toBe(permission);
    }
  });
});

describe("a refused change", () => {
  it("writes nothing", async () => {
    const target = await makeStaff(db, "EDITOR");
    const editor = actorOf(await makeStaff(db, "EDITOR"));
    const auditsBefore = await db.auditEvent.count({ where: { actorStaffId: editor.id } });
    await expect(deactivateStaffUser(editor, { userId: target.id }, { db })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(
      changeStaffRole(editor, { userId: target.id, role: "ADMIN" }, { db }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const email = `poging-${randomUUID()}@stad.example`;
    await expect(
      inviteStaffUser(editor, { name: "Poging", email, role: "ADMIN" }, { db }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.staffUser.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      role: "EDITOR",
      isActive: true,
    });
    expect(await db.staffUser.count({ where: { email } })).toBe(0);
    expect(await db.auditEvent.count({ where: { actorStaffId: editor.id } })).toBe(auditsBefore);
  });
});
