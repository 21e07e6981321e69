// The one permission table. Every server action, route handler and staff page
// checks a permission from here on the server; the UI uses the same strings to
// decide what to show. Plain data: safe to import in client components.
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const PERMISSIONS = [
  /** See the queue and requests, including the person's contact data. */
  "request:read",
  /** Register a request that came in by phone or from a partner. */
  "request:create",
  /** Log contacts, assess, assign, refer, plan follow-ups, close. */
  "request:update",
  /** See volunteers and their contact data. */
  "volunteer:read",
  /** Take volunteers in, screen, pause, stop; edit their profile and coaching notes. */
  "volunteer:manage",
  /** Propose a volunteer for a request, start, follow up and end links; see open concerns. */
  "link:manage",
  /** Write and publish public content. */
  "content:edit",
  /** Aggregated, anonymous figures. */
  "report:read",
  /** Staff accounts and roles. */
  "user:manage",
  /** City name, phone number, deadline, retention. */
  "settings:manage",
  /** The audit log. */
  "audit:read",
  /**
   * Outgoing e-mail: what was sent, what failed, and (without SMTP) what to pass on by hand.
   * Secrets in it (sign-in codes and links, invitation links) are always masked.
   */
  "outbox:read",
  /** On the embedded demo database only: show a message's unexpired secret (audited), to follow the walkthrough without SMTP. */
  "outbox:reveal-demo-secret",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
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

/** Roles that see personal data must use a second factor (TOTP). */
export const PERSONAL_DATA_PERMISSIONS: readonly Permission[] = [
  "request:read",
  "volunteer:read",
  "user:manage",
  "audit:read",
  "outbox:read",
];

export function can(role: StaffRole, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function roleNeedsSecondFactor(role: StaffRole): boolean {
  return ROLE_PERMISSIONS[role].some((p) => PERSONAL_DATA_PERMISSIONS.includes(p));
}

/** Dutch names of the roles, for the staff area. */
export const ROLE_LABELS: Record<StaffRole, string> = {
  ADMIN: "Beheerder",
  COORDINATOR: "Medewerker onthaal en opvolging",
  VOLUNTEER_COORDINATOR: "Vrijwilligerscoördinator",
  EDITOR: "Redacteur",
  REPORTER: "Rapportage",
};
