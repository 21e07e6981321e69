import type { Metadata } from "next";
import { BackLink } from "@/components/public/back-link";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { ExampleNotice } from "@/components/public/example-notice";
import { HelpCallout } from "@/components/public/help-callout";
import { Markdown } from "@/components/public/markdown";
import { PageHeader } from "@/components/public/page-header";
import { personLine } from "@/components/public/testimony-card";
import { getPublishedTestimony } from "@/lib/content/get-testimony";
import { DATABASE_DOWN } from "@/lib/content/database-down";
import { publishedBySlug, type SlugPageProps } from "@/lib/content/published-by-slug";

const testimonies = publishedBySlug(getPublishedTestimony, (testimony) => ({
  title: testimony.title,
  description: testimony.quote,
}));

export async function generateMetadata({ params }: SlugPageProps): Promise<Metadata> {
  return testimonies.metadata((await params).slug);
}

export default async function TestimonyPage({ params }: SlugPageProps) {
  const [testimony, settings] = await testimonies.loadWithSettings((await params).slug);
  if (testimony === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
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
