// Runs a link use case of lib/volunteer-links for the volunteer's own page
// (changeLink checks that the volunteer may see the link), with its refusals
// in the portal's words: "not found" stays "not found", so a volunteer never
// learns whether someone else's link exists.
import { isDomainError } from "@/lib/help-requests/domain-error";
import { linkNotFound, PortalRefusal } from "./portal-refusal";

export async function runMyLinkStep<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    if (error.code === "not-found") throw linkNotFound();
    throw new PortalRefusal("transition-refused", error.message);
  }
}
