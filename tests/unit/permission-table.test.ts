// The role × permission table, written out by hand: the permission tests that
// exercise pages and actions take their expectations from lib/auth/permissions.ts,
// so a wrong grant there (say COORDINATOR getting "user:manage") would pass them
// all. This test pins the table itself. Change it only together with the README's
// role table and a reason in the commit.
import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, roleNeedsSecondFactor } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";

const ALL = [
  "request:read",
  "request:create",
  "request:update",
  "volunteer:read",
  "volunteer:manage",
  "link:manage",
  "content:edit",
  "report:read",
  "user:manage",
  "settings:manage",
  "audit:read",
  "outbox:read",
  "outbox:reveal-demo-secret",
] as const;

const GRANTED: Record<StaffRole, readonly (typeof ALL)[number][]> = {
  ADMIN: ALL,
  COORDINATOR: [
    "request:read",
    "request:create",
    "request:update",
    "volunteer:read",
    "link:manage",
    "report:read",
    "outbox:read",
  ],
  VOLUNTEER_COORDINATOR: [
    "request:read",
    "request:update",
    "volunteer:read",
    "volunteer:manage",
    "link:manage",
    "report:read",
    "outbox:read",
  ],
  EDITOR: ["content:edit"],
  REPORTER: ["report:read"],
};

const SECOND_FACTOR: Record<StaffRole, boolean> = {
  ADMIN: true,
  COORDINATOR: true,
  VOLUNTEER_COORDINATOR: true,
  EDITOR: false,
  REPORTER: false,
};

const ROLES = Object.keys(GRANTED) as StaffRole[];

describe("the permission table", () => {
  it("knows exactly these permissions", () => {
    expect([...PERMISSIONS].sort()).toEqual([...ALL].sort());
  });

  it.each(ROLES)("grants %s exactly what the hand-written table says", (role) => {
    const granted = ALL.filter((permission) => can(role, permission));
    expect(granted).toEqual([...GRANTED[role]]);
  });

  it.each(ROLES)("asks %s for a second factor when the role sees personal data", (role) => {
    expect(roleNeedsSecondFactor(role)).toBe(SECOND_FACTOR[role]);
  });
});
