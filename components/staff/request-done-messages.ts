// The short confirmations shown on a request's page after an action
// (/beheer/aanvragen/[id]?gedaan=…). Plain data: the server actions pick the
// key, the page shows the words.

export const DONE_MESSAGES = {
  geregistreerd: "De aanvraag is geregistreerd.",
  "geregistreerd-met-contact": "De aanvraag is geregistreerd, met het eerste contact erbij.",
  contactpoging: "De poging tot contact is geregistreerd.",
  "eerste-contact": "Het eerste contact is geregistreerd. De klok van 24 uur is gestopt.",
  ingeschat: "De inschatting is bewaard.",
  toegewezen: "De toewijzing is bewaard.",
  toestemming: "Het antwoord van de persoon is geregistreerd.",
  doorverwezen: "De doorverwijzing is geregistreerd.",
  "opvolging-gepland": "De opvolging is gepland.",
  "opvolging-gedaan": "De opvolging is afgerond.",
  afgesloten: "De aanvraag is afgesloten.",
  ingetrokken: "De aanvraag is ingetrokken.",
  notitie: "De notitie is toegevoegd.",
  gekoppeld: "De vrijwilliger is voorgesteld en krijgt een e-mail om aan te melden en te antwoorden.",
  "koppeling-antwoord": "Het antwoord van de vrijwilliger is geregistreerd.",
  "koppeling-gestart": "De koppeling is gestart. Het eerste opvolggesprek is over een week.",
  "koppeling-contact": "Het contact is genoteerd.",
  "koppeling-opvolggesprek": "Het opvolggesprek is genoteerd. Het volgende is over een maand.",
  "koppeling-beeindigd": "De koppeling is beëindigd.",
} as const;

export type DoneKey = keyof typeof DONE_MESSAGES;

export function doneMessage(value: unknown): string | null {
  return typeof value === "string" && Object.hasOwn(DONE_MESSAGES, value)
    ? DONE_MESSAGES[value as DoneKey]
    : null;
}
