// The scaffolding of the permission matrix tests: every use case × every
// staff role. A role holding the permission succeeds; every other role gets
// ForbiddenError for exactly that permission, before its input is even looked
// at, and nothing is written to the audit log of the subject.
import { describe, expect, it } from "vitest";
import { ForbiddenError, type StaffActor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { ROLES } from "./staff-fixtures";

export type Call = (actor: StaffActor) => Promise<unknown>;

export interface PermissionCase {
  name: string;
  permission: Permission;
  /** Prepares what a successful call needs and returns the call (and the subject whose audit log it writes). */
  setup: (db: Db) => Promise<{ subjectId?: string; call: Call }>;
  /** Nonsense input: a role without the permission is refused before the input is read. */
  invalid: Call;
}

export function describePermissionMatrix(
  title: string,
  cases: PermissionCase[],
  options: {
    db: Db;
    actors: Map<StaffRole, StaffActor>;
    /** How many audit events the subject has. */
    auditCount: (db: Db, subjectId: string) => Promise<number>;
    /** Whether a successful call writes exactly one audit event on the subject. */
    auditsSuccess: (c: PermissionCase) => boolean;
  },
  more?: () => void,
) {
  const { db, actors, auditCount, auditsSuccess } = options;
  const matrix = cases.flatMap((c) => ROLES.map((role) => [c.name, role, c] as const));
  describe(title, () => {
    it("covers every role, and each permission is held by some roles only", () => {
      expect(actors.size).toBe(ROLES.length);
      for (const c of cases) {
        expect(ROLES.some((r) => can(r, c.permission))).toBe(true);
        expect(ROLES.some((r) => !can(r, c.permission))).toBe(true);
      }
    });

    it.each(matrix)("%s as %s follows ROLE_PERMISSIONS", async (_name, role, c) => {
      const actor = actors.get(role)!;
      const { subjectId, call } = await c.setup(db);
      const before = subjectId ? await auditCount(db, subjectId) : 0;
      if (can(role, c.permission)) {
        await expect(call(actor)).resolves.toBeDefined();
        if (subjectId && auditsSuccess(c)) expect(await auditCount(db, subjectId)).toBe(before + 1);
      } else {
        const error = await call(actor).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(ForbiddenError);
        expect((error as ForbiddenError).permission).toBe(c.permission);
        await expect(c.invalid(actor)).rejects.toBeInstanceOf(ForbiddenError);
        if (subjectId) expect(await auditCount(db, subjectId)).toBe(before);
      }
    });

    more?.();
  });
}
