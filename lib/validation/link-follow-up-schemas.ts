// The schemas of the follow-up of a volunteer link (on the request page and,
// for the volunteer's own answers and contacts, on /vrijwilliger): one per
// action, shared by its form and its domain function. Fields arrive as
// strings, as FormData gives them.
import { z } from "@/lib/validation/zod";
import type { LinkContactKind } from "@/lib/generated/prisma/enums";
import { choice, requiredText, text } from "./fields";
import { id, values } from "./staff-fields";
import { NOTE_MAX } from "./staff-request-schemas";

export const LINK_MESSAGES = {
  linkMissing: "Deze koppeling bestaat niet (meer). Laad de pagina opnieuw.",
  concernMissing: "Deze zorg bestaat niet (meer). Laad de pagina opnieuw.",
  answerMissing: "Kies wat de vrijwilliger antwoordde.",
  contactKindMissing: "Kies wat er gebeurde.",
  endReasonMissing: "Schrijf kort waarom de koppeling stopt.",
  checkInNoteMissing: "Schrijf kort hoe het gaat.",
  noteTooLong: `Een notitie is maximaal ${NOTE_MAX} tekens lang.`,
} as const;

/** What a volunteer (or staff, for them) logs in one tap. */
export const LINK_CONTACT_KIND_OPTIONS = [
  { value: "CALLED", label: "Gebeld" },
  { value: "VISITED", label: "Bezocht" },
  { value: "GROCERIES_TOGETHER", label: "Samen boodschappen gedaan" },
  { value: "OTHER", label: "Iets anders" },
] as const satisfies readonly { value: LinkContactKind; label: string }[];

export const LINK_ANSWER_OPTIONS = [
  { value: "ACCEPTED", label: "Aanvaard" },
  { value: "DECLINED", label: "Geweigerd" },
] as const;

const linkId = () => id(LINK_MESSAGES.linkMissing);
const note = () => text(NOTE_MAX, LINK_MESSAGES.noteTooLong, "Notitie");

export const respondToLinkSchema = z
  .object({
    linkId: linkId(),
    answer: choice(values(LINK_ANSWER_OPTIONS), LINK_MESSAGES.answerMissing),
    note: note(),
  })
  .transform((f) => ({ linkId: f.linkId, answer: f.answer, note: f.note || null }));

export const linkRefSchema = z.object({ linkId: linkId() });

export const endLinkSchema = z.object({
  linkId: linkId(),
  reason: requiredText(NOTE_MAX, LINK_MESSAGES.endReasonMissing, LINK_MESSAGES.noteTooLong, "Reden"),
});

export const logLinkContactSchema = z
  .object({
    linkId: linkId(),
    kind: choice(values(LINK_CONTACT_KIND_OPTIONS), LINK_MESSAGES.contactKindMissing),
    note: note(),
  })
  .transform((f) => ({ linkId: f.linkId, kind: f.kind as LinkContactKind, note: f.note || null }));

export const recordCheckInSchema = z.object({
  linkId: linkId(),
  note: requiredText(NOTE_MAX, LINK_MESSAGES.checkInNoteMissing, LINK_MESSAGES.noteTooLong, "Notitie"),
});

export const acknowledgeConcernSchema = z.object({ concernId: id(LINK_MESSAGES.concernMissing) });

export type RespondToLinkInput = z.input<typeof respondToLinkSchema>;
export type LinkRefInput = z.input<typeof linkRefSchema>;
export type EndLinkInput = z.input<typeof endLinkSchema>;
export type LogLinkContactInput = z.input<typeof logLinkContactSchema>;
export type RecordCheckInInput = z.input<typeof recordCheckInSchema>;
export type AcknowledgeConcernInput = z.input<typeof acknowledgeConcernSchema>;
