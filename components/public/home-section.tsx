import type { ReactNode } from "react";
import { ArrowRightIcon } from "@/components/ui/icons";
import { TextLink } from "@/components/ui/text-link";

/** A section of the home page: h2, a list, and a link to everything of its kind. */
export function HomeSection({
  id,
  title,
  moreHref,
  moreLabel,
  children,
}: {
  id: string;
  title: string;
  moreHref: string;
  moreLabel: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="my-12">
      <h2 id={id} className="text-brand-900 mb-5 text-2xl font-bold">
        {title}
      </h2>
      {children}
      <p className="mt-5">
        <TextLink href={moreHref} className="inline-flex min-h-11 items-center gap-2">
          {moreLabel}
          <ArrowRightIcon />
        </TextLink>
      </p>
    </section>
  );
}
