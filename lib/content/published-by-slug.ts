import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Settings } from "@/lib/settings/defaults";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { DATABASE_DOWN, readUnlessDatabaseDown, type DatabaseDown } from "./database-down";
import { NOT_FOUND_METADATA, UNAVAILABLE_METADATA } from "./fallback-metadata";

/** The props Next gives a page under a [slug] folder. */
export interface SlugPageProps {
  params: Promise<{ slug: string }>;
}

/**
 * The read behind a detail page (an offer, testimony, campaign or information
 * page by its slug). It is cached per request, so generateMetadata and the
 * page read the database once; an unreachable database gives DATABASE_DOWN.
 */
export function publishedBySlug<T>(
  read: (slug: string) => Promise<T | null>,
  describe: (item: T) => Metadata,
) {
  const load = cache((slug: string) => readUnlessDatabaseDown(read(slug)));
  return {
    load,
    /** Title and description of the page; stand-ins for an unknown slug or an outage. */
    async metadata(slug: string): Promise<Metadata> {
      const item = await load(slug);
      if (item === DATABASE_DOWN) return UNAVAILABLE_METADATA;
      return item ? describe(item) : NOT_FOUND_METADATA;
    },
    /** The item and the settings (for the phone number, also during an outage); not found for an unknown slug. */
    async loadWithSettings(slug: string): Promise<[T | DatabaseDown, Settings]> {
      const [item, settings] = await Promise.all([load(slug), getSettingsOrDefaults()]);
      if (item === null) notFound();
      return [item, settings];
    },
  };
}
