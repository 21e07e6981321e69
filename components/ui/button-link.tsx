import Link from "next/link";
import type { ReactNode } from "react";

export type ButtonVariant = "help" | "primary" | "secondary";

const base =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 text-center font-bold no-underline leading-snug";

export const buttonClasses: Record<ButtonVariant, string> = {
  help: `${base} bg-accent-600 text-white hover:bg-accent-700`,
  primary: `${base} bg-brand-700 text-white hover:bg-brand-900`,
  secondary: `${base} border-2 border-brand-700 bg-white text-brand-800 hover:bg-brand-50`,
};

/** A link that looks like a button: for going somewhere, with at least a 44 px touch target. */
export function ButtonLink({
  href,
  variant = "primary",
  className = "",
  children,
}: {
  href: string;
  variant?: ButtonVariant;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Link href={href} className={`${buttonClasses[variant]} ${className}`}>
      {children}
    </Link>
  );
}
