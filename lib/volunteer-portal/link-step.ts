// Runs a link use case of lib/volunteer-links for the volunteer's own page.
// First the portal's own visibility rule (getMyLink: only their own link, and
// for a request about someone else only with consent), then the use case, and
// its refusals in the portal's words: "not found" stays "not found", so a
// volunteer never learns whether someone else's link exists.
import type { VolunteerActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { isDomainError } from "@/lib/help-requests/domain-error";
import { getMyLink } from "./get-my-link";
import { linkNotFound, PortalRefusal } from "./portal-refusal";

export async function runMyLinkStep<T>(
  actor: VolunteerActor,
  linkId: string,
  options: { db?: Db; now?: Date },
  step: () => Promise<T>,
): Promise<T> {
  await getMyLink(actor, linkId, options);
  try {
    return await step();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === "not-found") throw linkNotFound();
    throw new PortalRefusal("transition-refused", error.message);
  }
}
