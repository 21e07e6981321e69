import type { Metadata } from "next";
import { PageHeader } from "@/components/public/page-header";
import { signInWithLinkAction } from "../actions";

export const metadata: Metadata = {
  title: "Aanmelden als zorgzame buur",
  robots: { index: false },
  // The token stays on this site: no Referer to others. ("no-referrer" would
  // send Origin: null with the form, which Next refuses for server actions.)
  referrer: "same-origin",
};

/**
 * The link from the mail. Opening it signs no one in: the button does. Some
 * mail programs open links to check them, and would use the link up.
 */
export default async function VolunteerSignInLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <PageHeader title="Aanmelden als zorgzame buur" lead="Klik op de knop om je pagina te openen." />
      <form action={signInWithLinkAction}>
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="bg-brand-700 hover:bg-brand-900 min-h-14 w-full rounded-md px-8 py-3 text-xl font-bold text-white sm:w-auto"
        >
          Aanmelden
        </button>
      </form>
    </>
  );
}
