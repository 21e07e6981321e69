import "server-only";
import { assertCan, type StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import { getSettings } from "@/lib/settings/get-settings";
import { withdrawSchema, type WithdrawInput } from "@/lib/validation/staff-request-schemas";
import { endRequest } from "./end-request";
import { assertActionAllowed, auditRequestAction, lockHelpRequest, parseStaffInput } from "./staff-action";

/**
 * Marks a request withdrawn: the person (or the one who asked) withdrew it,
 * or it turned out not to be a request. Possible from every open status;
 * final. The data is kept for the normal retention period, counted from now.
 */
export async function withdrawRequest(
  actor: StaffActor,
  input: WithdrawInput,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<{ id: string; reference: string; retainUntil: Date }> {
  assertCan(actor, "request:update");
  const { requestId, note } = parseStaffInput(withdrawSchema, input);
  const settings = await getSettings(db);
  return db.$transaction(async (tx) => {
    const request = await lockHelpRequest(tx, requestId);
    assertActionAllowed("withdraw", request);
    const { retainUntil } = await endRequest(
      tx,
      actor,
      request,
      { status: "WITHDRAWN", note },
      now,
      settings,
    );
    await auditRequestAction(tx, actor, "help-request.withdraw", request, now, {
      from: request.status,
      to: "WITHDRAWN",
    });
    return { id: request.id, reference: request.reference, retainUntil };
  });
}
