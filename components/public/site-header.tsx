import Link from "next/link";
import { LogoMark } from "@/components/ui/icons";
import { buttonClasses } from "@/components/ui/button-link";
import { MainNav } from "./main-nav";
import { PhoneLink } from "./phone-link";

/**
 * The header of every public page: the way to help (button and free number)
 * comes right after the name, before the menu. Takes plain props so the error
 * page can render it without the database.
 */
export function SiteHeader({ phoneNumber }: { phoneNumber: string }) {
  return (
    <header className="bg-white">
      <a
        href="#inhoud"
        className="bg-brand-900 sr-only top-2 left-2 z-50 rounded-md font-bold text-white focus:not-sr-only focus:absolute focus:px-4 focus:py-3"
      >
        Naar de inhoud
      </a>
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between sm:px-6">
        <Link
          href="/"
          className="text-brand-800 inline-flex min-h-11 items-center gap-3 self-start no-underline sm:self-auto"
        >
          <LogoMark />
          <span className="leading-tight">
            <span className="block text-2xl font-extrabold tracking-tight">Tezamen</span>
            <span className="block text-base font-semibold">tegen vereenzamen</span>
          </span>
        </Link>
        <div className="grid grid-cols-1 gap-2 min-[26rem]:grid-cols-2 sm:flex sm:items-center sm:gap-3">
          <Link href="/hulp-nodig" className={`${buttonClasses.help} text-lg`}>
            Hulp nodig?
          </Link>
          <PhoneLink phoneNumber={phoneNumber} />
        </div>
      </div>
      <MainNav />
    </header>
  );
}
