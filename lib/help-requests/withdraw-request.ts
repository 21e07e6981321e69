import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { getSettings } from "@/lib/settings/get-settings";
import { withdrawSchema, type WithdrawInput } from "@/lib/validation/staff-request-schemas";
import { changeRequest, type RequestOptions } from "./change-request";
import { endRequest } from "./end-request";
import { parseStaffInput } from "./staff-action";

/**
 * Marks a request withdrawn: the person (or the one who asked) withdrew it,
 * or it turned out not to be a request. Possible from every open status;
 * final. The data is kept for the normal retention period, counted from now.
 */
export async function withdrawRequest(
  actor: StaffActor,
  input: WithdrawInput,
  options: RequestOptions = {},
): Promise<{ id: string; reference: string; retainUntil: Date }> {
  assertCan(actor, "request:update");
  const { requestId, note } = parseStaffInput(withdrawSchema, input);
  const settings = await getSettings(options.db);
  return changeRequest(actor, requestId, { action: "withdraw", ...options }, async ({ tx, request, now }) => {
    const { retainUntil } = await endRequest(
      tx,
      actor,
      request,
      { status: "WITHDRAWN", note },
      now,
      settings,
    );
    return { result: { retainUntil }, audit: { from: request.status, to: "WITHDRAWN" } };
  });
}
