-- CreateIndex
CREATE INDEX "AuditEvent_action_occurredAt_idx" ON "AuditEvent"("action", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorStaffId_occurredAt_idx" ON "AuditEvent"("actorStaffId", "occurredAt");
