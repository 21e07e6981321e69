import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { suggestionsForRequest, type SuggestOptions, type SuggestResult } from "./load-suggestions";

export { SUGGESTION_LIMIT, type SuggestOptions, type SuggestResult } from "./load-suggestions";

/**
 * The ranked caring neighbours for a request, each with its reasons in
 * words (see rank-volunteers.ts), for staff with "link:manage". When the
 * request can't be linked now (not assessed, no consent of the person, ended)
 * the answer says why in Dutch instead.
 */
export async function suggestVolunteers(
  actor: StaffActor,
  requestId: string,
  options: SuggestOptions = {},
): Promise<SuggestResult> {
  assertCan(actor, "link:manage");
  return suggestionsForRequest(requestId, options);
}
