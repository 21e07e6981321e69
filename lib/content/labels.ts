import type { ActionStatus, NeighbourhoodKind, OfferKind, TargetGroup } from "@/lib/generated/prisma/enums";

// Dutch labels for every enum value shown on the public site (B1 language).

export const OFFER_KIND_LABELS: Record<OfferKind, string> = {
  MEETING_PLACE: "Ontmoetingsplek",
  ACTIVITY: "Activiteit",
  PHONE_OR_CHAT: "Telefoon of chat",
  VISITS: "Bezoek aan huis",
  PRACTICAL_HELP: "Praktische hulp",
  DIGITAL_HELP: "Hulp met computer of smartphone",
  PROFESSIONAL_SUPPORT: "Praten met een hulpverlener",
  VOLUNTEERING: "Zelf helpen als vrijwilliger",
};

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  EVERYONE: "Iedereen",
  SENIORS: "Senioren",
  YOUTH: "Jongeren",
  FAMILIES: "Gezinnen",
  NEWCOMERS: "Nieuwkomers",
  CARERS: "Mantelzorgers",
  PEOPLE_WITH_DISABILITY: "Mensen met een beperking",
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  PLANNED: "Gepland",
  IN_PROGRESS: "Bezig",
  ONGOING: "Doorlopend",
  DONE: "Klaar",
};

export const NEIGHBOURHOOD_KIND_LABELS: Record<NeighbourhoodKind, string> = {
  DISTRICT: "Wijken",
  SUB_MUNICIPALITY: "Deelgemeenten",
};

/** "1 plek gevonden", "12 plekken gevonden". */
export function offerCountLabel(count: number): string {
  return count === 1 ? "1 plek gevonden" : `${count} plekken gevonden`;
}
