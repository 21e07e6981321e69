import { telHref } from "@/lib/content/tel-href";

/** Shown above a form when the database could not be reached while rendering the page. */
export function OutageNotice({
  phoneNumber,
  subject,
}: {
  phoneNumber: string;
  subject: "vraag" | "aanmelding";
}) {
  return (
    <div className="border-accent-700 mb-8 rounded-md border-2 p-4 text-lg">
      <p>
        <strong>Er is nu een storing bij ons.</strong> Je kan het formulier invullen, maar misschien lukt het
        versturen van je {subject} even niet. Dan blijft alles wat je invulde in het formulier staan. Of bel
        ons gratis op{" "}
        <a
          href={telHref(phoneNumber)}
          className="text-brand-700 font-bold whitespace-nowrap underline underline-offset-4"
        >
          {phoneNumber}
        </a>
        .
      </p>
    </div>
  );
}
