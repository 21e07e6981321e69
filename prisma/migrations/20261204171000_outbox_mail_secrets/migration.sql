-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "secrets" JSONB,
ADD COLUMN     "secretsExpireAt" TIMESTAMP(3);

-- Hand-written: what Prisma's schema can't express (and its diff leaves alone).
-- A message's secrets always have an expiry, and clearing one clears both.
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_secrets_expiry_check"
  CHECK (("secrets" IS NULL) = ("secretsExpireAt" IS NULL));
-- The job that empties expired secrets looks only at the few messages still holding one.
-- (The condition is on secretsExpireAt itself: Postgres doesn't use the check to prove one from the other.)
CREATE INDEX "OutboxMessage_secrets_expiry_idx" ON "OutboxMessage" ("secretsExpireAt")
  WHERE "secretsExpireAt" IS NOT NULL;
