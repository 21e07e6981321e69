-- A password reset link an admin sends: only the hash of its token, and when it expires.
ALTER TABLE "StaffUser" ADD COLUMN "passwordResetTokenHash" TEXT,
ADD COLUMN "passwordResetExpiresAt" TIMESTAMP(3);

CREATE UNIQUE INDEX "StaffUser_passwordResetTokenHash_key" ON "StaffUser"("passwordResetTokenHash");
