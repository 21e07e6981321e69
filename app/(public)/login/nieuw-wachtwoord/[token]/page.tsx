import type { Metadata } from "next";
import { AdminAcceptInvitationForm } from "@/components/staff/admin-accept-invitation-form";
import { findPasswordReset } from "@/lib/staff-users/find-password-reset";
import { formatExpiry } from "@/lib/staff-users/invitation";
import { initialAcceptInvitationState } from "../../uitnodiging/[token]/accept-state";
import { resetPasswordAction } from "./actions";

export const metadata: Metadata = {
  title: "Kies een nieuw wachtwoord",
  // The address holds the reset token; see the invitation page on the referrer policy.
  robots: { index: false },
};

/** Public: a colleague chooses a new password with the reset link an admin sent. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await findPasswordReset(token);
  return (
    <AdminAcceptInvitationForm
      variant="reset"
      action={resetPasswordAction}
      initialState={initialAcceptInvitationState}
      token={token}
      // Without JavaScript the page is rendered again after the password is
      // set, when the link no longer works: the form shows the success then.
      invitation={
        reset.ok
          ? {
              ok: true,
              name: reset.name,
              email: reset.email,
              expires: formatExpiry(reset.expiresAt),
              needsSecondFactor: false,
            }
          : { ok: false, message: reset.message }
      }
    />
  );
}
