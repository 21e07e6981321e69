-- The time step of the last accepted TOTP code, so a code works once.
ALTER TABLE "StaffUser" ADD COLUMN "lastTotpStep" INTEGER;
