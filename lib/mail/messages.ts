// The texts of the e-mails the staff area sends. Mail is not a safe place for
// personal data: these say only what the recipient needs (a reference, a
// deadline, a link behind the login), never a name, number or message.
import { formatCallBackMoment } from "@/lib/sla/format-due";
import { CHANNEL_OPTIONS, labelFor } from "@/lib/validation/options";
import type { Channel } from "@/lib/generated/prisma/enums";
import { siteBaseUrl } from "./site-base-url";

/** A page of the portal as a link in an e-mail (lib/mail/site-base-url.ts). */
export function staffAreaUrl(path: string, env: Record<string, string | undefined> = process.env): string {
  return `${siteBaseUrl(env)}${path}`;
}

export function requestUrl(requestId: string): string {
  return staffAreaUrl(`/beheer/aanvragen/${requestId}`);
}

/** To a partner's contact person after the first contact: "contact gelegd", the reference and nothing else. */
export function referrerContactMadeMail(input: {
  reference: string;
  cityName: string;
  phoneNumber: string;
  contactEmail: string;
}) {
  return {
    subject: `Contact gelegd (${input.reference})`,
    text: [
      "Goeiedag,",
      "",
      `Je gaf een hulpvraag aan ons door met referentie ${input.reference}.`,
      "We hebben intussen contact gelegd. Bedankt om het door te geven.",
      "",
      "Om de privacy te beschermen, staat in deze e-mail niets meer over de persoon of de vraag.",
      `Heb je nog een vraag? Bel gratis ${input.phoneNumber} of mail naar ${input.contactEmail}, en geef de referentie.`,
      "",
      "Met vriendelijke groeten,",
      `Tezamen, stad ${input.cityName}`,
    ].join("\n"),
  };
}

interface SlaMailInput {
  requestId: string;
  reference: string;
  channel: Channel;
  dueAt: Date;
  now: Date;
}

/** To the coordinators: less than 4 hours left and nobody reached yet. */
export function slaWarningMail(input: SlaMailInput) {
  const channel = labelFor(CHANNEL_OPTIONS, input.channel) ?? input.channel;
  return {
    subject: `Bijna 24 uur: ${input.reference} wacht nog op een eerste contact`,
    text: [
      `Aanvraag ${input.reference} (${channel}) heeft nog geen eerste contact.`,
      `De termijn loopt af ${formatCallBackMoment(input.dueAt, input.now)}.`,
      "",
      `Open de aanvraag: ${requestUrl(input.requestId)}`,
      "",
      "Je krijgt deze e-mail omdat je meewerkt aan het onthaal van hulpvragen.",
    ].join("\n"),
  };
}

/** To the coordinators: the deadline passed and nobody was reached. */
export function slaEscalationMail(input: SlaMailInput) {
  const channel = labelFor(CHANNEL_OPTIONS, input.channel) ?? input.channel;
  return {
    subject: `Te laat: ${input.reference} heeft na de termijn nog geen eerste contact`,
    text: [
      `Aanvraag ${input.reference} (${channel}) heeft nog geen eerste contact, en de termijn is voorbij.`,
      `De termijn liep af ${formatCallBackMoment(input.dueAt, input.now)}.`,
      "Neem vandaag nog contact op, of spreek af wie dat doet.",
      "",
      `Open de aanvraag: ${requestUrl(input.requestId)}`,
      "",
      "Je krijgt deze e-mail omdat je meewerkt aan het onthaal van hulpvragen.",
    ].join("\n"),
  };
}
