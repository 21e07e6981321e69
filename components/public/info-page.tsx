import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";
import { DATABASE_DOWN, readUnlessDatabaseDown } from "@/lib/content/database-down";
import { getPublishedPage } from "@/lib/content/get-page";
import { NOT_FOUND_METADATA, UNAVAILABLE_METADATA } from "@/lib/content/fallback-metadata";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { ContentPage } from "./content-page";
import { ContentUnavailable } from "./content-unavailable";

const loadPage = cache((slug: string) => readUnlessDatabaseDown(getPublishedPage(slug)));

/** Title and description of an information page, for generateMetadata. */
export async function infoPageMetadata(slug: string): Promise<Metadata> {
  const page = await loadPage(slug);
  if (page === DATABASE_DOWN) return UNAVAILABLE_METADATA;
  return page ? { title: page.title, description: page.summary } : NOT_FOUND_METADATA;
}

/**
 * An information page by slug (404 when it is not published), with an
 * optional box between lead and body that also shows during an outage.
 */
export async function InfoPage({ slug, aside }: { slug: string; aside?: ReactNode }) {
  const page = await loadPage(slug);
  if (page === DATABASE_DOWN) {
    const { phoneNumber } = await getSettingsOrDefaults();
    return <ContentUnavailable phoneNumber={phoneNumber}>{aside}</ContentUnavailable>;
  }
  if (!page) notFound();
  return <ContentPage page={page} aside={aside} />;
}
