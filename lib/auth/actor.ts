// Who is acting, as the domain functions see it. Domain functions take an
// actor and check the permission themselves (row access included), so a
// forgotten check in a route can't open them up.
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "./permissions";

export interface StaffActor {
  kind: "staff";
  id: string;
  role: StaffRole;
  /** Salted hash of the client address, for the audit log. */
  ipHash?: string | null;
  userAgent?: string | null;
}

/**
 * A volunteer signed in on /vrijwilliger (one-time code). Volunteers have no
 * permissions from the staff table: every volunteer use case takes this actor
 * and checks row ownership itself (only their own links, only their own data).
 */
export interface VolunteerActor {
  kind: "volunteer";
  volunteerId: string;
  /** Salted hash of the client address, for the audit log. */
  ipHash?: string | null;
  userAgent?: string | null;
}

/** How a volunteer appears in the audit log's "who" column (no name: the id is enough to trace). */
export function volunteerActorLabel(actor: VolunteerActor): string {
  return `vrijwilliger ${actor.volunteerId}`;
}

/** Thrown when an actor lacks a permission. Route code turns it into 403 / a refusal message. */
export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export function assertCan(actor: StaffActor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new ForbiddenError(permission);
}
