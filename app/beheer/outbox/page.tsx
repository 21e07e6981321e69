import type { Metadata } from "next";
import Link from "next/link";
import { SelectOptions } from "@/components/forms/select-field";
import { OutboxList } from "@/components/staff/outbox-list";
import { requireStaff } from "@/lib/auth/current-staff";
import { mailTransportFromEnv } from "@/lib/mail/send-mail";
import { listOutbox } from "@/lib/outbox/list-outbox";
import { OUTBOX_STATUS_OPTIONS } from "@/lib/validation/staff-outbox-schema";
import { revealSecretAction } from "./actions";

export const metadata: Metadata = { title: "Uitgaande mail" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const linkClass = "text-brand-700 inline-flex min-h-11 items-center font-bold underline underline-offset-4";

/** The outbox: every e-mail the portal wrote, newest first. */
export default async function OutboxPage({ searchParams }: Props) {
  const staff = await requireStaff("outbox:read");
  const params = await searchParams;
  const status = typeof params.status === "string" ? params.status : "";
  const outbox = await listOutbox(staff.actor, {
    status,
    page: typeof params.page === "string" ? params.page : "",
  });
  const noSmtp = mailTransportFromEnv() === null;
  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    if (status) query.set("status", status);
    query.set("page", String(page));
    return `/beheer/outbox?${query.toString()}`;
  };
  return (
    <>
      <h1 className="text-3xl font-extrabold">Uitgaande mail</h1>
      {noSmtp ? (
        <p className="mt-4 max-w-3xl rounded-md border-l-4 border-amber-700 bg-amber-50 p-4 text-lg">
          {process.env.SMTP_URL
            ? "De mailserver (SMTP) is niet volledig of niet juist ingesteld: kijk SMTP_URL en MAIL_FROM na."
            : "Er is geen mailserver (SMTP) ingesteld."}{" "}
          Daarom wordt mail niet verstuurd, maar hier bewaard. Moet iemand een bericht echt krijgen? Stuur het
          dan zelf door of bel de persoon. Codes en links om aan te melden worden hier niet getoond (alleen op
          de demo mag een beheerder ze bekijken). Een uitnodigingslink ziet de beheerder na het uitnodigen;
          een link voor een nieuw wachtwoord kan pas met een mailserver, en vrijwilligers kunnen zonder mail
          niet aanmelden.
        </p>
      ) : null}
      <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="status" className="block text-lg font-bold">
            Status
          </label>
          <select
            id="status"
            name="status"
            defaultValue={status}
            className="border-ink mt-2 block min-h-11 rounded-md border-2 bg-white px-3 py-2 text-lg"
          >
            <option value="">Alle</option>
            <SelectOptions options={OUTBOX_STATUS_OPTIONS} />
          </select>
        </div>
        <button
          type="submit"
          className="border-brand-700 text-brand-800 hover:bg-brand-50 min-h-11 rounded-md border-2 bg-white px-5 py-2 text-lg font-bold"
        >
          Toon
        </button>
      </form>
      <p className="mt-6 text-lg" role="status">
        {outbox.total === 1 ? "1 bericht" : `${outbox.total} berichten`}
        {outbox.pageCount > 1 ? ` · pagina ${outbox.page} van ${outbox.pageCount}` : ""}
      </p>
      {outbox.total > 0 ? (
        <OutboxList rows={outbox.rows} revealAction={revealSecretAction} />
      ) : (
        <p className="mt-2 text-lg">Geen berichten.</p>
      )}
      {outbox.pageCount > 1 ? (
        <nav aria-label="Paginering" className="mt-4 flex gap-4">
          {outbox.page > 1 ? (
            <Link href={pageLink(outbox.page - 1)} className={linkClass}>
              Vorige pagina
            </Link>
          ) : null}
          {outbox.page < outbox.pageCount ? (
            <Link href={pageLink(outbox.page + 1)} className={linkClass}>
              Volgende pagina
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
