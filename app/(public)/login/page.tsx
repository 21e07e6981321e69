import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/public/page-header";
import { LoginForm } from "@/components/staff/login-form";
import { getCurrentStaff } from "@/lib/auth/current-staff";
import { loginAction } from "./actions";
import { initialLoginState } from "./login-state";

export const metadata: Metadata = { title: "Aanmelden voor medewerkers", robots: { index: false } };

export default async function LoginPage() {
  if (await getCurrentStaff()) redirect("/beheer");
  return (
    <>
      <PageHeader
        title="Aanmelden voor medewerkers"
        lead="Deze pagina is voor medewerkers van de stad. Zoek je hulp? Gebruik dan de knop Hulp nodig? bovenaan."
      />
      <LoginForm action={loginAction} initialState={initialLoginState} />
    </>
  );
}
