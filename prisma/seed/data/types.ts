// Types of the demo content that prisma/seed loads. The values of the string
// unions match the enums of the same name in prisma/schema.prisma.

export type NeighbourhoodKind = "DISTRICT" | "SUB_MUNICIPALITY";
export type OfferKind =
  | "MEETING_PLACE"
  | "ACTIVITY"
  | "PHONE_OR_CHAT"
  | "VISITS"
  | "PRACTICAL_HELP"
  | "DIGITAL_HELP"
  | "PROFESSIONAL_SUPPORT"
  | "VOLUNTEERING";
export type TargetGroup =
  "EVERYONE" | "SENIORS" | "YOUTH" | "FAMILIES" | "NEWCOMERS" | "CARERS" | "PEOPLE_WITH_DISABILITY";
export type OrganisationKind =
  | "CITY_SERVICE"
  | "LOCAL_SERVICE_CENTRE"
  | "NONPROFIT"
  | "HEALTH_CARE"
  | "POLICE"
  | "VOLUNTEER_NETWORK"
  | "OTHER";
export type ActionStatus = "PLANNED" | "IN_PROGRESS" | "ONGOING" | "DONE";
export interface NeighbourhoodSeed {
  slug: string;
  name: string;
  kind: NeighbourhoodKind;
  adjacent: string[]; /* slugs, symmetric */
}
export interface OrganisationSeed {
  slug: string;
  name: string;
  kind: OrganisationKind;
  description: string;
  phone?: string;
  email?: string;
  website?: string;
  address?: string;
}
export interface OfferSeed {
  slug: string;
  title: string;
  summary: string /* one or two sentences, max 200 chars */;
  body: string /* markdown */;
  kind: OfferKind;
  targetGroups: TargetGroup[];
  neighbourhoodSlug: string | null /* null = whole city */;
  organisationSlug: string;
  address?: string;
  phone?: string /* Belgian format, e.g. "015 29 85 00" */;
  email?: string;
  website?: string;
  schedule?: string;
  cost?: string;
}
export interface TestimonySeed {
  slug: string;
  title: string;
  personName: string /* fictional first name */;
  ageLabel?: string /* e.g. "78 jaar" */;
  quote: string;
  body: string;
  isExample: true;
  consentNote: string; /* e.g. "Voorbeeldgetuigenis, geschreven op basis van ...; geen echte persoon." */
}
export interface CampaignSeed {
  slug: string;
  title: string;
  slogan: string;
  summary: string;
  body: string;
  isExample: boolean;
  startsOn: string /* YYYY-MM-DD */;
  endsOn?: string;
}
export interface ActionSeed {
  number: number /* 1..9 */;
  title: string;
  summary: string;
  body: string;
  status: ActionStatus;
}
export interface ActionLineSeed {
  number: number /* 1..3 */;
  title: string;
  summary: string;
  body: string;
  actions: ActionSeed[];
}
export interface PageSeed {
  slug: string;
  title: string;
  summary: string;
  body: string;
}
