"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { ChevronDownIcon, MenuIcon } from "@/components/ui/icons";

/**
 * The menu on small screens: a native <details>, so it opens without
 * JavaScript. With JavaScript, it closes again after moving to another page
 * (the layout, and so this element, stays mounted between pages).
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details ref={ref} className="group md:hidden">
      <summary className="text-brand-900 hover:bg-brand-100 flex min-h-11 cursor-pointer list-none items-center gap-3 px-4 py-2 font-bold [&::-webkit-details-marker]:hidden">
        <MenuIcon />
        <span>Menu</span>
        <ChevronDownIcon className="ml-auto h-5 w-5 group-open:rotate-180" />
      </summary>
      {children}
    </details>
  );
}
