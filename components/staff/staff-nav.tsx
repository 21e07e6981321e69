import Link from "next/link";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/auth/permissions";
import { STAFF_ROUTES } from "@/lib/auth/staff-routes";

/** The staff menu: only what this role may open (each page checks again on the server). */
export function StaffNav({ role }: { role: StaffRole }) {
  const items = [
    { path: "/beheer", label: "Vandaag" },
    ...STAFF_ROUTES.filter((r) => r.inMenu && can(role, r.permission)),
  ];
  return (
    <nav aria-label="Beheer">
      <ul className="flex flex-wrap gap-x-2 gap-y-1">
        {items.map((item) => (
          <li key={item.path}>
            <Link
              href={item.path}
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
