import { Facts } from "@/components/ui/facts";
import type { ReactNode } from "react";
import { formatBelgianPhone } from "@/lib/phone/normalize-phone";
import { formatDutchDay } from "@/lib/sla/format-due";
import { labelFor, NEED_OPTIONS } from "@/lib/validation/options";
import { LINK_STATUS_LABELS } from "@/lib/volunteer-links/lifecycle";
import type { MyLink } from "@/lib/volunteer-portal/my-link-view";

export function activityLabel(link: MyLink): string {
  return labelFor(NEED_OPTIONS, link.activity) ?? link.activity;
}

/** What a volunteer sees of a link: first name, phone (once they said yes), neighbourhood, activity, plan. Nothing else. */
export function MyLinkFacts({ link }: { link: MyLink }) {
  const { person } = link;
  const rows: [string, ReactNode][] = [
    ["Wie", person.firstName],
    [
      "Telefoon",
      person.phoneE164 ? (
        <a
          href={`tel:${person.phoneE164}`}
          className="text-brand-700 inline-flex min-h-11 items-center font-bold underline underline-offset-4"
        >
          {formatBelgianPhone(person.phoneE164)}
        </a>
      ) : link.status === "PROPOSED" ? (
        "Zie je zodra je ja zegt"
      ) : link.status === "ENDED" ? null : (
        "Vraag het nummer aan de coördinator"
      ),
    ],
    ["Wijk", person.neighbourhood ?? "Niet gekend"],
    ["Wat jullie doen", activityLabel(link)],
    ["Afspraak", link.plan ?? (link.kind === "ONE_OFF" ? "Eén keer" : "Bespreek het met de coördinator")],
    ["Stand", LINK_STATUS_LABELS[link.status]],
  ];
  if (link.lastContactAt) rows.push(["Laatste contact", formatDutchDay(link.lastContactAt)]);
  return <Facts items={rows} />;
}
