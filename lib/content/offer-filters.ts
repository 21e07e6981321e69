import { z } from "@/lib/validation/zod";
import { OfferKind, TargetGroup } from "@/lib/generated/prisma/enums";
import { normaliseQuery } from "./search-terms";

/** The filters of the offer catalogue, as chosen in the GET form on /aanbod. */
export interface OfferFilters {
  kind?: OfferKind;
  targetGroup?: TargetGroup;
  /** Slug of a neighbourhood; offers for the whole city always match. */
  neighbourhood?: string;
  q?: string;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);

// A link someone shares may carry anything: values we don't know are ignored
// rather than turned into an error page.
const schema = z.object({
  soort: z.preprocess(emptyToUndefined, z.enum(OfferKind).optional()).catch(undefined),
  voor: z.preprocess(emptyToUndefined, z.enum(TargetGroup).optional()).catch(undefined),
  wijk: z
    .preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9-]{1,80}$/)
        .optional(),
    )
    .catch(undefined),
});

/** Reads the catalogue filters from the query string (`soort`, `voor`, `wijk`, `q`). */
export function parseOfferFilters(params: SearchParams): OfferFilters {
  const parsed = schema.parse({ soort: one(params.soort), voor: one(params.voor), wijk: one(params.wijk) });
  const q = normaliseQuery(params.q);
  const filters: OfferFilters = {};
  if (parsed.soort) filters.kind = parsed.soort;
  if (parsed.voor) filters.targetGroup = parsed.voor;
  if (parsed.wijk) filters.neighbourhood = parsed.wijk;
  if (q) filters.q = q;
  return filters;
}

/** True when any filter is set. */
export function hasOfferFilters(filters: OfferFilters): boolean {
  return Boolean(filters.kind || filters.targetGroup || filters.neighbourhood || filters.q);
}
