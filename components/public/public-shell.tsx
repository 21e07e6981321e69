import type { ReactNode } from "react";
import { PublicLayoutMarker } from "./public-layout-context";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export interface ShellProps {
  cityName: string;
  phoneNumber: string;
  children: ReactNode;
}

/**
 * Header, main landmark and footer of a public page. Used by the public layout
 * and by the pages that replace it (not found, error).
 */
export function PublicShell({ cityName, phoneNumber, children }: ShellProps) {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader phoneNumber={phoneNumber} />
      <main
        id="inhoud"
        tabIndex={-1}
        className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 outline-none sm:px-6 sm:py-10"
      >
        <PublicLayoutMarker>{children}</PublicLayoutMarker>
      </main>
      <SiteFooter cityName={cityName} phoneNumber={phoneNumber} />
    </div>
  );
}
