import { PageHeader } from "@/components/public/page-header";
import { TextLink } from "@/components/ui/text-link";
import { LINK_NOT_FOUND } from "@/lib/volunteer-portal/portal-refusal";
import { VolunteerBar } from "./volunteer-bar";

/** Someone else's link reads exactly like one that doesn't exist (or ended long ago). */
export function LinkNotFound({ firstName }: { firstName: string }) {
  return (
    <>
      <VolunteerBar firstName={firstName} />
      <PageHeader title={LINK_NOT_FOUND} lead="Misschien is ze afgelopen, of klopt de link niet." />
      <TextLink href="/vrijwilliger" className="inline-flex min-h-11 items-center text-lg">
        Naar mijn koppelingen
      </TextLink>
    </>
  );
}
