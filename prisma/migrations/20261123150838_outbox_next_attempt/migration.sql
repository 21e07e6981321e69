-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);

-- Hand-written: what Prisma's schema can't express (and its diff leaves alone).
-- deliverOutbox claims the oldest PENDING message that is due; this index
-- holds only the PENDING messages (few, however much mail was ever sent) in
-- that order, and the due check ("nextAttemptAt") is made on those rows.
CREATE INDEX "OutboxMessage_pending_claim_idx" ON "OutboxMessage" ("createdAt", "id")
  WHERE "status" = 'PENDING';
