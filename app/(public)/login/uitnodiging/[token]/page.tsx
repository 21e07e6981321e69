import type { Metadata } from "next";
import { AdminAcceptInvitationForm } from "@/components/staff/admin-accept-invitation-form";
import { roleNeedsSecondFactor } from "@/lib/auth/permissions";
import { findStaffInvitation } from "@/lib/staff-users/find-staff-invitation";
import { formatExpiry } from "@/lib/staff-users/invitation";
import { acceptInvitationAction } from "./actions";
import { initialAcceptInvitationState } from "./accept-state";

export const metadata: Metadata = {
  title: "Kies je wachtwoord",
  // The address holds the invitation. Other sites never see it: every page
  // sends "Referrer-Policy: same-origin" (next.config.ts). A stricter
  // no-referrer here would make the browser send "Origin: null" with the form,
  // which Next refuses as a cross-site post.
  robots: { index: false },
};

/** Public: a new colleague chooses a password with the link from the invitation mail. */
export default async function AcceptInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findStaffInvitation(token);
  return (
    <AdminAcceptInvitationForm
      action={acceptInvitationAction}
      initialState={initialAcceptInvitationState}
      token={token}
      // Without JavaScript the page is rendered again after the password is
      // set, when the link no longer works: the form shows the success then.
      invitation={
        invitation.ok
          ? {
              ok: true,
              name: invitation.name,
              email: invitation.email,
              expires: formatExpiry(invitation.expiresAt),
              needsSecondFactor: roleNeedsSecondFactor(invitation.role),
            }
          : { ok: false, message: invitation.message }
      }
    />
  );
}
