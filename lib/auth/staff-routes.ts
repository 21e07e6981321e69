// The pages of the staff area and the permission each requires: the menu shows
// what a role may open, and the route test matrix (tests/e2e/staff-access.spec.ts)
// checks every page against it. Each page calls requireStaff with the same permission.
import type { Permission } from "./permissions";

export interface StaffRoute {
  path: string;
  label: string;
  permission: Permission;
  /** Shown in the menu. */
  inMenu: boolean;
}

export const STAFF_ROUTES: readonly StaffRoute[] = [
  { path: "/beheer/aanvragen", label: "Aanvragen", permission: "request:read", inMenu: true },
  { path: "/beheer/aanvragen/nieuw", label: "Nieuwe aanvraag", permission: "request:create", inMenu: true },
  { path: "/beheer/vrijwilligers", label: "Vrijwilligers", permission: "volunteer:read", inMenu: true },
  { path: "/beheer/outbox", label: "Uitgaande mail", permission: "outbox:read", inMenu: true },
  { path: "/beheer/gebruikers", label: "Gebruikers", permission: "user:manage", inMenu: true },
  {
    path: "/beheer/gebruikers/nieuw",
    label: "Gebruiker uitnodigen",
    permission: "user:manage",
    inMenu: false,
  },
  { path: "/beheer/instellingen", label: "Instellingen", permission: "settings:manage", inMenu: true },
  { path: "/beheer/audit", label: "Auditlog", permission: "audit:read", inMenu: true },
];
