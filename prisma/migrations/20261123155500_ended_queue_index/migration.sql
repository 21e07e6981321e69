-- Hand-written: the queue filtered on ended requests ("afgesloten",
-- "ingetrokken") in queue order. Without it, showing 25 closed requests sorts
-- every closed request ever received (benchmark: p95 391 ms on 100,000 requests).
-- Partial like HelpRequest_open_queue_idx (NULLS FIRST can't be written in
-- schema.prisma); listQueue adds "closedAt IS NOT NULL" so the planner can use it.
CREATE INDEX "HelpRequest_ended_queue_idx" ON "HelpRequest" ("status", "firstContactAt" ASC NULLS FIRST, "dueAt", "id")
  WHERE "closedAt" IS NOT NULL;
