import Link from "next/link";
import type { ReactNode } from "react";

export const textLinkClasses =
  "font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900 hover:decoration-2";

/** A link that reads as a link: coloured and underlined. */
export function TextLink({
  href,
  className = "",
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} className={`${textLinkClasses} ${className}`}>
      {children}
    </Link>
  );
}
