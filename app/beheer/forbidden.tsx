import Link from "next/link";

/** 403 for a signed-in staff member without the permission for a page. */
export default function Forbidden() {
  return (
    <>
      <h1 className="text-3xl font-extrabold">Geen toegang</h1>
      <p className="mt-4 text-lg">
        Je rol geeft geen toegang tot deze pagina. Denk je dat dit niet klopt? Vraag het aan een beheerder.
      </p>
      <p className="mt-4">
        <Link href="/beheer" className="text-brand-700 underline">
          Terug naar het beheer
        </Link>
      </p>
    </>
  );
}
