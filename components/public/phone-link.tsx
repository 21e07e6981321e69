import { telHref } from "@/lib/content/tel-href";
import { PhoneIcon } from "@/components/ui/icons";

/** The free phone number as a `tel:` link, so a tap on a phone starts the call. */
export function PhoneLink({ phoneNumber, className = "" }: { phoneNumber: string; className?: string }) {
  return (
    <a
      href={telHref(phoneNumber)}
      className={`border-brand-700 text-brand-800 hover:bg-brand-50 inline-flex min-h-11 items-center justify-center gap-2 rounded-md border-2 bg-white px-4 py-2 font-bold whitespace-nowrap no-underline ${className}`}
    >
      <PhoneIcon />
      <span>Gratis: {phoneNumber}</span>
    </a>
  );
}
