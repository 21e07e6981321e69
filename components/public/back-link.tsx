import Link from "next/link";
import type { ReactNode } from "react";

/** "← Terug naar …" above the h1 of a detail page. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p className="mb-4">
      <Link
        href={href}
        className="text-brand-700 hover:text-brand-900 inline-flex min-h-11 items-center gap-2 font-semibold underline underline-offset-4"
      >
        <span aria-hidden="true">←</span>
        {children}
      </Link>
    </p>
  );
}
