"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** A main-menu link that tells screen readers (and sighted readers) which section you are in. */
export function NavLink({ href, label, className }: { href: string; label: string; className: string }) {
  const pathname = usePathname();
  const current = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} className={className} aria-current={current ? "page" : undefined}>
      {label}
    </Link>
  );
}
