// The short confirmations on a volunteer's page after an action
// (/beheer/vrijwilligers/[id]?gedaan=…). Plain data: the server actions pick the key, the page shows the words.

export const VOLUNTEER_DONE_MESSAGES = {
  "intake-gepland": "De intake is gepland.",
  "intake-geannuleerd": "De intake is geannuleerd. Het moment is weer vrij.",
  "intake-verslag": "De uitkomst van de intake is bewaard.",
  gescreend: "De screening is bewaard. De vrijwilliger is nu actief.",
  gepauzeerd: "De vrijwilliger is gepauzeerd.",
  hervat: "De vrijwilliger is weer actief.",
  gestopt: "De vrijwilliger is gestopt.",
  profiel: "Het profiel is bewaard.",
  notitie: "De notitie is toegevoegd.",
} as const;

export type VolunteerDoneKey = keyof typeof VOLUNTEER_DONE_MESSAGES;

export function volunteerDoneMessage(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(VOLUNTEER_DONE_MESSAGES, value)
    ? VOLUNTEER_DONE_MESSAGES[value as VolunteerDoneKey]
    : null;
}
