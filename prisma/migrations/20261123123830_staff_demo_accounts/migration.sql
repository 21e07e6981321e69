-- AlterTable
ALTER TABLE "StaffUser" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;
