"use client";

import { useInPublicLayout } from "./public-layout-context";
import { PublicShell, type ShellProps } from "./public-shell";

/**
 * Next renders the not-found and error pages inside the public layout when a
 * public page fails, but on their own (in the root layout only) for an
 * unknown URL. Wrapped in this, they get the header and footer exactly once.
 */
export function ShellUnlessInPublicLayout(props: ShellProps) {
  const inLayout = useInPublicLayout();
  if (inLayout) return props.children;
  return <PublicShell {...props} />;
}
