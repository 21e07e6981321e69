import "server-only";
import type { StaffActor } from "@/lib/auth/actor";
import { prisma, type Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestAction } from "./lifecycle";
import {
  addTimelineEvent,
  assertActionAllowed,
  auditRequestAction,
  lockHelpRequest,
  type LockedRequest,
  type TimelineEntry,
  type Tx,
} from "./staff-action";

/** What every request use case may be given by tests: another database, another clock. */
export interface RequestOptions {
  db?: Db;
  now?: Date;
}

export interface RequestChangeContext {
  tx: Tx;
  /** Locked until the transaction ends; already checked against the lifecycle. */
  request: LockedRequest;
  now: Date;
  /** Adds an event to this request's timeline, by the actor, at `now`. */
  addTimelineEvent: (entry: TimelineEntry) => Promise<void>;
}

export interface RequestChange<T> {
  /** Returned to the caller next to the request's id and reference. */
  result: T;
  /** The details of the audit event (never personal data). */
  audit?: Record<string, Prisma.InputJsonValue | null>;
  /** Nothing was written: no audit event either. */
  unchanged?: boolean;
}

/**
 * The frame of every staff action on a request, after the caller checked the
 * permission and parsed the input: one transaction that locks the request,
 * refuses the action when the lifecycle doesn't allow it now, runs the
 * change, and writes the audit event "help-request.<action>" with it.
 * `requestId` may be looked up inside the transaction (from a follow-up, say).
 */
export async function changeRequest<T extends object>(
  actor: StaffActor,
  requestId: string | ((tx: Tx) => Promise<string>),
  { action, db = prisma, now = new Date() }: RequestOptions & { action: RequestAction },
  change: (context: RequestChangeContext) => Promise<RequestChange<T>>,
): Promise<{ id: string; reference: string } & T> {
  return db.$transaction(async (tx) => {
    const id = typeof requestId === "string" ? requestId : await requestId(tx);
    const request = await lockHelpRequest(tx, id);
    assertActionAllowed(action, request);
    const { result, audit, unchanged } = await change({
      tx,
      request,
      now,
      addTimelineEvent: (entry) => addTimelineEvent(tx, actor, request.id, now, entry),
    });
    if (!unchanged) await auditRequestAction(tx, actor, `help-request.${action}`, request, now, audit);
    return { id: request.id, reference: request.reference, ...result };
  });
}
