"use server";

import {
  logContactSchema,
  raiseConcernSchema,
  respondToLinkSchema,
} from "@/lib/validation/volunteer-portal-schemas";
import { logMyLinkContact } from "@/lib/volunteer-portal/log-my-link-contact";
import type { PortalFormState } from "@/lib/volunteer-portal/portal-form-state";
import { raiseConcern } from "@/lib/volunteer-portal/raise-concern";
import { respondToMyLink } from "@/lib/volunteer-portal/respond-to-my-link";
import { runPortalAction } from "../../run-portal-action";

const linkPage = (id: string, done: string) => `/vrijwilliger/koppelingen/${id}?gedaan=${done}`;

export async function respondAction(previous: PortalFormState, formData: FormData) {
  return runPortalAction(previous, formData, respondToLinkSchema, async (actor, input) => {
    await respondToMyLink(actor, input.linkId, input);
    return input.answer === "accept" ? linkPage(input.linkId, "aanvaard") : "/vrijwilliger?gedaan=geweigerd";
  });
}

export async function logContactAction(previous: PortalFormState, formData: FormData) {
  return runPortalAction(previous, formData, logContactSchema, async (actor, input) => {
    await logMyLinkContact(actor, input.linkId, input);
    return linkPage(input.linkId, `contact-${input.kind.toLowerCase()}`);
  });
}

export async function raiseConcernAction(previous: PortalFormState, formData: FormData) {
  return runPortalAction(previous, formData, raiseConcernSchema, async (actor, input) => {
    await raiseConcern(actor, input.linkId, input);
    return linkPage(input.linkId, "zorg");
  });
}
