// The refusals of the volunteer's own page, in plain Dutch for the volunteer.
// "not-found" is also the answer for someone else's link: a volunteer never
// learns whether a link they may not see exists.
import { StaffRefusal } from "@/lib/help-requests/domain-error";

export type PortalRefusalCode = "not-found" | "transition-refused" | "invalid-input";

export class PortalRefusal extends StaffRefusal<PortalRefusalCode> {
  override readonly name = "PortalRefusal";
}

export function isPortalRefusal(error: unknown): error is PortalRefusal {
  return error instanceof PortalRefusal;
}

export const LINK_NOT_FOUND = "Deze koppeling vinden we niet.";

export function linkNotFound(): PortalRefusal {
  return new PortalRefusal("not-found", LINK_NOT_FOUND);
}
