import type { Metadata } from "next";
import Link from "next/link";
import { AdminInviteForm } from "@/components/staff/admin-invite-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { inviteAction } from "./actions";
import { initialInviteState } from "./invite-state";

export const metadata: Metadata = { title: "Iemand uitnodigen" };

export default async function InvitePage() {
  await requireStaff("user:manage");
  return (
    <>
      <p>
        <Link href="/beheer/gebruikers" className="text-brand-700 underline underline-offset-4">
          Terug naar gebruikers
        </Link>
      </p>
      <h1 className="mt-3 text-3xl font-extrabold">Iemand uitnodigen</h1>
      <p className="mt-3 max-w-2xl text-lg">
        De nieuwe collega krijgt een e-mail met een link. Via die link kiest die zelf een wachtwoord. De link
        werkt 7 dagen en één keer.
      </p>
      <div className="mt-6">
        <AdminInviteForm action={inviteAction} initialState={initialInviteState} />
      </div>
    </>
  );
}
