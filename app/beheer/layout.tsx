import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { StaffNav } from "@/components/staff/staff-nav";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { logoutAction } from "@/lib/auth/logout";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export const metadata: Metadata = {
  title: { default: "Beheer", template: "%s · Beheer · Tezamen" },
  robots: { index: false },
};

/**
 * The frame of the staff area. It shows the menu for whoever is signed in;
 * each page checks sign-in and permission itself (requireStaff).
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const staff = await getCurrentStaff();
  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#inhoud"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:bg-white focus:p-3"
      >
        Naar de inhoud
      </a>
      <header className="bg-brand-900 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p className="text-xl font-extrabold">Tezamen · beheer</p>
          {staff ? (
            <div className="flex flex-wrap items-center gap-3">
              <p>
                {staff.user.name} <span className="opacity-90">({ROLE_LABELS[staff.user.role]})</span>
              </p>
              {staff.mustEnrolSecondFactor ? null : (
                <Link
                  href="/beheer/wachtwoord"
                  className="inline-flex min-h-11 items-center px-2 font-bold underline underline-offset-4"
                >
                  Mijn wachtwoord
                </Link>
              )}
              <form action={logoutAction}>
                <button
                  type="submit"
                  className="hover:text-brand-900 min-h-11 rounded border-2 border-white px-4 font-bold hover:bg-white"
                >
                  Afmelden
                </button>
              </form>
            </div>
          ) : null}
        </div>
        {staff && !staff.mustEnrolSecondFactor ? (
          <div className="mx-auto max-w-7xl px-2 pb-2">
            <StaffNav role={staff.user.role} />
          </div>
        ) : null}
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 outline-none">
        {children}
      </main>
    </div>
  );
}
