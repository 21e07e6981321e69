import type { Metadata } from "next";
import { ContentUnavailable } from "@/components/public/content-unavailable";
import { PageHeader } from "@/components/public/page-header";
import { TestimonyList } from "@/components/public/testimony-card";
import { listPublishedTestimonies } from "@/lib/content/list-testimonies";
import { DATABASE_DOWN, readWithSettings } from "@/lib/content/database-down";

export const metadata: Metadata = {
  title: "Getuigenissen",
  description: "Mensen vertellen hoe ze zich alleen voelden, en wat hielp.",
};

export default async function TestimoniesPage() {
  const [testimonies, settings] = await readWithSettings(listPublishedTestimonies());
  if (testimonies === DATABASE_DOWN) return <ContentUnavailable phoneNumber={settings.phoneNumber} />;
  return (
    <>
      <PageHeader
        title="Getuigenissen"
        lead="Mensen vertellen hoe ze zich alleen voelden, en wat hen hielp. Zo merk je dat je niet de enige bent."
      />
      {testimonies.length ? (
        <TestimonyList testimonies={testimonies} />
      ) : (
        <p>Er staan nog geen getuigenissen online. Kom later nog eens kijken.</p>
      )}
    </>
  );
}
