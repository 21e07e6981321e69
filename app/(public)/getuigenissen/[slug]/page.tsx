import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { BackLink } from "@/components/public/back-link";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { ExampleNotice } from "@/components/public/example-notice";
import { HelpCallout } from "@/components/public/help-callout";
import { Markdown } from "@/components/public/markdown";
import { PageHeader } from "@/components/public/page-header";
import { personLine } from "@/components/public/testimony-card";
import { getPublishedTestimony } from "@/lib/content/get-testimony";
import { DATABASE_DOWN, readUnlessDatabaseDown } from "@/lib/content/database-down";
import { NOT_FOUND_METADATA, UNAVAILABLE_METADATA } from "@/lib/content/fallback-metadata";
import { getSettingsOrDefaults } from "@/lib/settings/get-settings";

interface Props {
  params: Promise<{ slug: string }>;
}

const loadTestimony = cache((slug: string) => readUnlessDatabaseDown(getPublishedTestimony(slug)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const testimony = await loadTestimony((await params).slug);
  if (testimony === DATABASE_DOWN) return UNAVAILABLE_METADATA;
  return testimony ? { title: testimony.title, description: testimony.quote } : NOT_FOUND_METADATA;
}

export default async function TestimonyPage({ params }: Props) {
  const [testimony, settings] = await Promise.all([
    loadTestimony((await params).slug),
    getSettingsOrDefaults(),
  ]);
  if (testimony === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  if (!testimony) notFound();
  return (
    <article>
      <BackLink href="/getuigenissen">Terug naar alle getuigenissen</BackLink>
      <PageHeader title={testimony.title} />
      {testimony.isExample ? <ExampleNotice kind="testimony" /> : null}
      <figure className="my-8 max-w-3xl">
        <blockquote className="border-brand-700 border-l-8 pl-5 text-xl leading-relaxed italic sm:text-2xl">
          <p>“{testimony.quote}”</p>
        </blockquote>
        <figcaption className="mt-3 pl-7 font-semibold">{personLine(testimony)}</figcaption>
      </figure>
      <Markdown source={testimony.body} className="max-w-3xl" />
      <HelpCallout
        phoneNumber={settings.phoneNumber}
        slaHours={settings.slaHours}
        title="Herken je iets van jezelf, of van iemand rond je?"
      />
    </article>
  );
}
