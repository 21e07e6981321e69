-- CreateEnum
CREATE TYPE "VolunteerEventType" AS ENUM ('APPLIED', 'INTAKE_PLANNED', 'INTAKE_DONE', 'SCREENED', 'STATUS_CHANGED', 'PROFILE_UPDATED', 'PAUSE_REQUESTED', 'NOTE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "TimelineEventType" ADD VALUE 'LINK_CHECK_IN';
ALTER TYPE "TimelineEventType" ADD VALUE 'LINK_NO_CONTACT_ALERT';

-- DropIndex
DROP INDEX "VolunteerLoginCode_codeHash_key";

-- DropIndex
DROP INDEX "VolunteerLoginCode_volunteerId_idx";

-- AlterTable
ALTER TABLE "Volunteer" ADD COLUMN     "intakeOutcome" TEXT,
ADD COLUMN     "pauseRequestNote" TEXT,
ADD COLUMN     "pauseRequestedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "VolunteerLink" ADD COLUMN     "checkInRemindedAt" TIMESTAMP(3),
ADD COLUMN     "endedById" TEXT,
ADD COLUMN     "noContactAlertedAt" TIMESTAMP(3),
ADD COLUMN     "startedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "VolunteerLoginCode" ADD COLUMN     "failedAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "linkTokenHash" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "VolunteerEvent" (
    "id" TEXT NOT NULL,
    "type" "VolunteerEventType" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromStatus" "VolunteerStatus",
    "toStatus" "VolunteerStatus",
    "note" TEXT,
    "volunteerId" TEXT NOT NULL,
    "actorStaffId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerSession" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "volunteerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VolunteerEvent_volunteerId_occurredAt_idx" ON "VolunteerEvent"("volunteerId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerSession_tokenHash_key" ON "VolunteerSession"("tokenHash");

-- CreateIndex
CREATE INDEX "VolunteerSession_volunteerId_idx" ON "VolunteerSession"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerLoginCode_linkTokenHash_key" ON "VolunteerLoginCode"("linkTokenHash");

-- CreateIndex
CREATE INDEX "VolunteerLoginCode_volunteerId_expiresAt_idx" ON "VolunteerLoginCode"("volunteerId", "expiresAt");

-- AddForeignKey
ALTER TABLE "VolunteerLink" ADD CONSTRAINT "VolunteerLink_endedById_fkey" FOREIGN KEY ("endedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerEvent" ADD CONSTRAINT "VolunteerEvent_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerEvent" ADD CONSTRAINT "VolunteerEvent_actorStaffId_fkey" FOREIGN KEY ("actorStaffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerSession" ADD CONSTRAINT "VolunteerSession_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: one intake interview per slot. Two coordinators planning the
-- same free slot at once can't both succeed (Prisma can't express a partial index).
CREATE UNIQUE INDEX "Volunteer_planned_intake_slot_key" ON "Volunteer"("intakeAt") WHERE "status" = 'INTAKE_PLANNED';
