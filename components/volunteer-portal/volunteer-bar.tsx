import { TextLink } from "@/components/ui/text-link";
import { volunteerLogoutAction } from "@/app/(public)/vrijwilliger/actions";

/** Where a signed-in volunteer can go: their links, a pause, and out. */
export function VolunteerBar({ firstName }: { firstName: string }) {
  return (
    <nav
      aria-label="Je pagina"
      className="border-brand-200 mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b-2 pb-4"
    >
      <p className="text-lg">
        Aangemeld als <strong>{firstName}</strong>
      </p>
      <TextLink href="/vrijwilliger" className="inline-flex min-h-11 items-center text-lg">
        Mijn koppelingen
      </TextLink>
      <TextLink href="/vrijwilliger/pauze" className="inline-flex min-h-11 items-center text-lg">
        Pauze vragen
      </TextLink>
      <form action={volunteerLogoutAction}>
        <button
          type="submit"
          className="border-brand-700 text-brand-800 hover:bg-brand-50 min-h-11 rounded-md border-2 bg-white px-4 py-2 text-lg font-bold"
        >
          Afmelden
        </button>
      </form>
    </nav>
  );
}

/** A short confirmation after an action ("Genoteerd…"), read out by screen readers. */
export function DoneNotice({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <div
      role="status"
      className="border-brand-700 bg-brand-50 mb-8 rounded-md border-l-8 p-5 text-xl font-bold"
    >
      {text}
    </div>
  );
}
