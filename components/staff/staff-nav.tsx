import Link from "next/link";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { can, type Permission } from "@/lib/auth/permissions";

const ITEMS: { href: string; label: string; permission: Permission }[] = [
  { href: "/beheer", label: "Vandaag", permission: "request:read" },
  { href: "/beheer/aanvragen", label: "Aanvragen", permission: "request:read" },
  { href: "/beheer/aanvragen/nieuw", label: "Nieuwe aanvraag", permission: "request:create" },
  { href: "/beheer/outbox", label: "Uitgaande mail", permission: "outbox:read" },
  { href: "/beheer/gebruikers", label: "Gebruikers", permission: "user:manage" },
  { href: "/beheer/instellingen", label: "Instellingen", permission: "settings:manage" },
  { href: "/beheer/audit", label: "Auditlog", permission: "audit:read" },
];

/** The staff menu: only what this role may use (the pages check again on the server). */
export function StaffNav({ role }: { role: StaffRole }) {
  const items = ITEMS.filter((i) => can(role, i.permission));
  return (
    <nav aria-label="Beheer">
      <ul className="flex flex-wrap gap-x-2 gap-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="inline-flex min-h-11 items-center rounded px-3 font-bold text-white underline-offset-4 hover:underline"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
