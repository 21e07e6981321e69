// What a volunteer may see of a link, and nothing more: the person's first
// name, phone (once they accepted) and neighbourhood, the agreed activity and plan. The select
// below is the only place that reads the person for the volunteer page, so a
// surname, address, e-mail, note or assessment can't slip through.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LinkKind, Need, VolunteerLinkStatus } from "@/lib/generated/prisma/enums";

export const MY_LINK_SELECT = {
  id: true,
  status: true,
  kind: true,
  activity: true,
  plan: true,
  timesPerWeek: true,
  durationWeeks: true,
  startsOn: true,
  endedAt: true,
  lastContactAt: true,
  volunteerId: true,
  helpRequest: {
    select: {
      requestFor: true,
      subjectConsent: true,
      neighbourhood: { select: { name: true } },
      person: {
        select: {
          firstName: true,
          phoneE164: true,
          anonymisedAt: true,
          neighbourhood: { select: { name: true } },
        },
      },
    },
  },
} as const satisfies Prisma.VolunteerLinkSelect;

type LinkRow = Prisma.VolunteerLinkGetPayload<{ select: typeof MY_LINK_SELECT }>;

export interface MyLink {
  id: string;
  status: VolunteerLinkStatus;
  kind: LinkKind;
  activity: Need;
  plan: string | null;
  timesPerWeek: number | null;
  durationWeeks: number | null;
  startsOn: Date | null;
  endedAt: Date | null;
  lastContactAt: Date | null;
  person: { firstName: string; phoneE164: string | null; neighbourhood: string | null };
}

/** The link states in which the volunteer sees the person's phone number. */
export const PHONE_SHOWN: readonly VolunteerLinkStatus[] = ["ACCEPTED", "ACTIVE"];

export function toMyLink(row: LinkRow): MyLink {
  const { person, neighbourhood } = row.helpRequest;
  return {
    id: row.id,
    status: row.status,
    kind: row.kind,
    activity: row.activity,
    plan: row.plan,
    timesPerWeek: row.timesPerWeek,
    durationWeeks: row.durationWeeks,
    startsOn: row.startsOn,
    endedAt: row.endedAt,
    lastContactAt: row.lastContactAt,
    person: {
      firstName: person.firstName,
      // Only while they are in touch: not for a proposal they may still decline, nor after the end.
      phoneE164: PHONE_SHOWN.includes(row.status) ? person.phoneE164 : null,
      neighbourhood: neighbourhood?.name ?? person.neighbourhood?.name ?? null,
    },
  };
}
