import type { Metadata } from "next";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { EnrolForm } from "@/components/staff/enrol-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { totpUri } from "@/lib/auth/totp";
import { startTotpEnrolment } from "@/lib/auth/totp-enrolment";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { confirmEnrolmentAction } from "./actions";

export const metadata: Metadata = { title: "Tweede stap instellen" };

export default async function EnrolPage() {
  const staff = await requireStaff(undefined, { forEnrolment: true });
  if (staff.user.totpEnabledAt) redirect("/beheer");
  const secret = await startTotpEnrolment(staff.user.id);
  const { cityName } = await getSettingsOrDefaults();
  const svg = await QRCode.toString(totpUri(secret, staff.user.email, `Tezamen ${cityName}`), {
    type: "svg",
    margin: 1,
  });
  return (
    <>
      <h1 className="text-3xl font-extrabold">Tweede stap instellen</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Je werkt met persoonlijke gegevens van inwoners. Daarom meld je je aan met je wachtwoord én een code
        uit een app op je telefoon (bijvoorbeeld Google Authenticator, Microsoft Authenticator of FreeOTP).
      </p>
      <ol className="mt-6 max-w-2xl list-decimal space-y-4 pl-6 text-lg">
        <li>
          Open de app en scan deze QR-code.
          <div
            role="img"
            aria-label="QR-code voor je authenticator-app"
            className="mt-3 w-52 border bg-white"
            dangerouslySetInnerHTML={{ __html: svg }}
          />
          <p className="mt-2">
            Lukt scannen niet? Typ dan deze sleutel in de app:{" "}
            <code className="font-mono text-base break-all">{secret.match(/.{1,4}/g)?.join(" ")}</code>
          </p>
        </li>
        <li>Typ de code van 6 cijfers die de app toont, en klik op de knop.</li>
      </ol>
      <div className="mt-6">
        <EnrolForm action={confirmEnrolmentAction} />
      </div>
    </>
  );
}
