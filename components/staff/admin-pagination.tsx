import Link from "next/link";

const linkClass =
  "inline-flex min-h-11 items-center rounded-md border-2 border-brand-700 px-4 font-bold text-brand-700 hover:bg-brand-50";

/** Previous / next page links that keep the filters: plain links, so they work without JavaScript. */
export function AdminPagination({
  page,
  pageCount,
  href,
  label,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-4">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} className={linkClass} rel="prev">
              Vorige<span className="sr-only"> pagina</span>
            </Link>
          ) : null}
        </li>
        <li aria-current="page">
          Pagina {page} van {pageCount}
        </li>
        <li>
          {page < pageCount ? (
            <Link href={href(page + 1)} className={linkClass} rel="next">
              Volgende<span className="sr-only"> pagina</span>
            </Link>
          ) : null}
        </li>
      </ul>
    </nav>
  );
}
