import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DATABASE_DOWN } from "@/lib/content/database-down";
import { getPublishedPage } from "@/lib/content/get-page";
import { publishedBySlug } from "@/lib/content/published-by-slug";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";
import { ContentPage } from "./content-page";
import { ContentUnavailable } from "./content-unavailable";

const pages = publishedBySlug(getPublishedPage, (page) => ({ title: page.title, description: page.summary }));

/** Title and description of an information page, for generateMetadata. */
export function infoPageMetadata(slug: string): Promise<Metadata> {
  return pages.metadata(slug);
}

/**
 * An information page by slug (404 when it is not published), with an
 * optional box between lead and body that also shows during an outage.
 */
export async function InfoPage({ slug, aside }: { slug: string; aside?: ReactNode }) {
  const page = await pages.load(slug);
  if (page === DATABASE_DOWN) {
    const { phoneNumber } = await getSettingsOrDefaults();
    return <ContentUnavailable phoneNumber={phoneNumber}>{aside}</ContentUnavailable>;
  }
  if (!page) notFound();
  return <ContentPage page={page} aside={aside} />;
}
