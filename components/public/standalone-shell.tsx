"use client";

import type { ReactNode } from "react";
import { useInPublicLayout } from "./public-layout-context";
import { PublicShell } from "./public-shell";

/**
 * Next renders the not-found and error pages inside the public layout when a
 * public page fails, but on their own (in the root layout only) for an
 * unknown URL. Wrapped in this, they get the header and footer exactly once.
 */
export function ShellUnlessInPublicLayout({
  cityName,
  phoneNumber,
  children,
}: {
  cityName: string;
  phoneNumber: string;
  children: ReactNode;
}) {
  const inLayout = useInPublicLayout();
  if (inLayout) return children;
  return (
    <PublicShell cityName={cityName} phoneNumber={phoneNumber}>
      {children}
    </PublicShell>
  );
}
