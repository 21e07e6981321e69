import type { SiteAddressMismatch } from "@/lib/request-context/site-address-mismatch";

/** On the login page when it was opened at another address than the configured one. */
export function SiteAddressNotice({ mismatch }: { mismatch: SiteAddressMismatch }) {
  const loginUrl = `${mismatch.configured}/login`;
  return (
    <div role="note" className="border-accent-700 mb-8 max-w-xl rounded-md border-2 p-4 text-lg">
      <p>
        <strong>Let op, ander adres.</strong> Je opende het portaal op <strong>{mismatch.opened}</strong>,
        maar het is ingesteld op <strong>{mismatch.configured}</strong>. Meld je aan via{" "}
        <a href={loginUrl} className="text-brand-700 font-bold underline underline-offset-4">
          {loginUrl}
        </a>
        . Dat adres werkt zeker, en ook de links in e-mails gaan daarheen.
      </p>
    </div>
  );
}
