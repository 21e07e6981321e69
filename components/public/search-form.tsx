import { buttonClasses } from "@/components/ui/button-link";
import { SearchIcon } from "@/components/ui/icons";
import { MAX_QUERY_LENGTH } from "@/lib/content/search-terms";

/** The site search: a plain GET form to /zoeken. */
export function SearchForm({ query }: { query: string }) {
  return (
    <form method="get" action="/zoeken" role="search" aria-label="Zoeken op de website" className="max-w-3xl">
      <label htmlFor="zoek-q" className="font-semibold">
        Waar zoek je naar?
      </label>
      <p id="zoek-hint" className="text-muted">
        Bijvoorbeeld: wandelen, eenzaam, zorgzame buur.
      </p>
      <div className="mt-1 flex flex-col gap-3 sm:flex-row">
        <input
          id="zoek-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="zoek-hint"
          className="text-ink block min-h-11 w-full min-w-0 flex-1 rounded-md border-2 border-gray-600 bg-white px-3 py-2"
        />
        <button type="submit" className={`${buttonClasses.primary} cursor-pointer`}>
          <SearchIcon />
          Zoeken
        </button>
      </div>
    </form>
  );
}
