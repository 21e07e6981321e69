import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/public/page-header";
import { LoginForm } from "@/components/staff/login-form";
import { SiteAddressNotice } from "@/components/staff/site-address-notice";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { siteAddressMismatch } from "@/lib/request-context/site-address-mismatch";
import { loginAction } from "./actions";
import { initialLoginState } from "./login-state";

export const metadata: Metadata = { title: "Aanmelden voor medewerkers", robots: { index: false } };

export default async function LoginPage() {
  if (await getCurrentStaff()) redirect("/beheer");
  const mismatch = siteAddressMismatch(await headers());
  return (
    <>
      <PageHeader
        title="Aanmelden voor medewerkers"
        lead="Deze pagina is voor medewerkers van de stad. Zoek je hulp? Gebruik dan de knop Hulp nodig? bovenaan."
      />
      {mismatch ? <SiteAddressNotice mismatch={mismatch} /> : null}
      <LoginForm action={loginAction} initialState={initialLoginState} />
    </>
  );
}
