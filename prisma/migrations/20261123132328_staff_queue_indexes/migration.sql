-- Hand-written: trigram matching for the name search of the staff queue.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, so the
-- database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "HelpRequest_reporterId_idx" ON "HelpRequest"("reporterId");

-- CreateIndex
CREATE INDEX "Person_firstName_trgm_idx" ON "Person" USING GIN ("firstName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Person_lastName_trgm_idx" ON "Person" USING GIN ("lastName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Reporter_phoneE164_idx" ON "Reporter"("phoneE164");

-- Hand-written: what Prisma's schema can't express (and its diff leaves alone).
-- closedAt is set exactly when a request is closed or withdrawn, so
-- "closedAt IS NULL" means open; the database holds every row to that.
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_closedAt_iff_ended"
  CHECK (("status" IN ('CLOSED', 'WITHDRAWN')) = ("closedAt" IS NOT NULL));

-- The open requests in queue order (waiting for a first contact first, then
-- by deadline): the queue, the "Vandaag" lists and the SLA job read this
-- small index instead of every request ever received.
CREATE INDEX "HelpRequest_open_queue_idx" ON "HelpRequest" ("firstContactAt" ASC NULLS FIRST, "dueAt", "id")
  WHERE "closedAt" IS NULL;
