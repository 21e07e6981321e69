import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/public/page-header";
import { SignInForm } from "@/components/volunteer-portal/sign-in-form";
import { PORTAL_MESSAGES } from "@/lib/validation/volunteer-portal-schemas";
import { getCurrentVolunteer } from "@/lib/volunteer-portal/current-volunteer";
import { initialSignInState } from "@/lib/volunteer-portal/portal-form-state";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Aanmelden als zorgzame buur", robots: { index: false } };

export default async function VolunteerSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ link?: string; afgemeld?: string }>;
}) {
  if (await getCurrentVolunteer()) redirect("/vrijwilliger");
  const { link, afgemeld } = await searchParams;
  const linkMessage =
    link === "te-vaak" ? PORTAL_MESSAGES.rateLimited : link ? PORTAL_MESSAGES.linkWrong : null;
  return (
    <>
      <PageHeader
        title="Aanmelden als zorgzame buur"
        lead="Je hebt geen wachtwoord nodig. We sturen je een mail met een code."
      />
      {afgemeld ? (
        <p
          role="status"
          className="border-brand-700 bg-brand-50 mb-8 max-w-xl rounded-md border-l-8 p-5 text-lg font-bold"
        >
          Je bent afgemeld. Tot de volgende keer!
        </p>
      ) : null}
      <SignInForm action={signInAction} initialState={{ ...initialSignInState, message: linkMessage }} />
    </>
  );
}
