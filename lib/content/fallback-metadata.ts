/**
 * Metadata of a detail page whose slug is unknown: Next renders the not-found
 * page inside that route, with that route's metadata.
 */
export const NOT_FOUND_METADATA = { title: "Pagina niet gevonden" };

/** Metadata of a page whose content could not be read (database down). */
export const UNAVAILABLE_METADATA = { title: "Even niet beschikbaar" };
