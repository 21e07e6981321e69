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
  searchParams: Promise<{ link?: string }>;
}) {
  if (await getCurrentVolunteer()) redirect("/vrijwilliger");
  const { link } = await searchParams;
  const linkMessage =
    link === "te-vaak" ? PORTAL_MESSAGES.rateLimited : link ? PORTAL_MESSAGES.linkWrong : null;
  return (
    <>
      <PageHeader
        title="Aanmelden als zorgzame buur"
        lead="Je hebt geen wachtwoord nodig. We sturen je een mail met een code."
      />
      <SignInForm action={signInAction} initialState={{ ...initialSignInState, message: linkMessage }} />
    </>
  );
}
