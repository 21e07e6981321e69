-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('WEBSITE', 'PHONE_LINE', 'LOCAL_SERVICE_CENTRE', 'NEIGHBOURHOOD_POLICE', 'OUTREACH', 'CARE_COACH', 'PARTNER', 'OTHER');

-- CreateEnum
CREATE TYPE "HelpRequestStatus" AS ENUM ('NEW', 'CONTACTED', 'ASSESSED', 'LINKED', 'REFERRED', 'FOLLOW_UP', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RequestFor" AS ENUM ('SELF', 'SOMEONE_ELSE');

-- CreateEnum
CREATE TYPE "SubjectAwareness" AS ENUM ('YES', 'NO', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "SubjectConsent" AS ENUM ('NOT_APPLICABLE', 'REPORTED', 'ASKED', 'CONSENTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "Need" AS ENUM ('CHAT_OR_CALL', 'VISIT_OR_WALK', 'GROCERIES_OR_ERRANDS', 'DIGITAL_HELP', 'MEETING_PEOPLE', 'PROFESSIONAL_TALK', 'NOT_SURE');

-- CreateEnum
CREATE TYPE "LonelinessType" AS ENUM ('SOCIAL_ISOLATION', 'SOCIAL_LONELINESS', 'EMOTIONAL_LONELINESS', 'UNCLEAR');

-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'CRISIS');

-- CreateEnum
CREATE TYPE "AgeGroup" AS ENUM ('AGE_UNDER_15', 'AGE_15_24', 'AGE_25_44', 'AGE_45_64', 'AGE_65_74', 'AGE_75_PLUS');

-- CreateEnum
CREATE TYPE "ContactTime" AS ENUM ('MORNING', 'AFTERNOON', 'EVENING', 'ANY');

-- CreateEnum
CREATE TYPE "CloseOutcome" AS ENUM ('LINKED_TO_VOLUNTEER', 'REFERRED_TO_SERVICE', 'ADVICE_GIVEN', 'NO_LONGER_NEEDED', 'UNREACHABLE', 'DECLINED_HELP', 'OTHER');

-- CreateEnum
CREATE TYPE "VolunteerStatus" AS ENUM ('APPLIED', 'INTAKE_PLANNED', 'SCREENING', 'ACTIVE', 'PAUSED', 'STOPPED');

-- CreateEnum
CREATE TYPE "TravelRange" AS ENUM ('SAME_NEIGHBOURHOOD', 'ADJACENT_NEIGHBOURHOODS', 'WHOLE_CITY');

-- CreateEnum
CREATE TYPE "AvailabilitySlot" AS ENUM ('MONDAY_MORNING', 'MONDAY_AFTERNOON', 'MONDAY_EVENING', 'TUESDAY_MORNING', 'TUESDAY_AFTERNOON', 'TUESDAY_EVENING', 'WEDNESDAY_MORNING', 'WEDNESDAY_AFTERNOON', 'WEDNESDAY_EVENING', 'THURSDAY_MORNING', 'THURSDAY_AFTERNOON', 'THURSDAY_EVENING', 'FRIDAY_MORNING', 'FRIDAY_AFTERNOON', 'FRIDAY_EVENING', 'SATURDAY_MORNING', 'SATURDAY_AFTERNOON', 'SATURDAY_EVENING', 'SUNDAY_MORNING', 'SUNDAY_AFTERNOON', 'SUNDAY_EVENING');

-- CreateEnum
CREATE TYPE "VolunteerLinkStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'ACTIVE', 'ENDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "LinkKind" AS ENUM ('ONE_OFF', 'RECURRING');

-- CreateEnum
CREATE TYPE "LinkContactKind" AS ENUM ('CALLED', 'VISITED', 'GROCERIES_TOGETHER', 'OTHER');

-- CreateEnum
CREATE TYPE "ConcernCategory" AS ENUM ('HEALTH_WORSE', 'CONFUSED_OR_FORGETFUL', 'UNREACHABLE', 'MONEY_OR_HOUSING', 'OTHER');

-- CreateEnum
CREATE TYPE "TimelineEventType" AS ENUM ('RECEIVED', 'STATUS_CHANGED', 'CONTACT_ATTEMPT', 'FIRST_CONTACT', 'NOTE', 'ASSESSED', 'ASSIGNED', 'SUBJECT_CONSENT_CHANGED', 'LINK_PROPOSED', 'LINK_ACCEPTED', 'LINK_DECLINED', 'LINK_STARTED', 'LINK_ENDED', 'LINK_CONTACT', 'REFERRED', 'FOLLOW_UP_PLANNED', 'FOLLOW_UP_DONE', 'CONCERN_RAISED', 'REFERRER_NOTIFIED', 'SLA_WARNING', 'SLA_ESCALATED', 'CLOSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('ADMIN', 'COORDINATOR', 'VOLUNTEER_COORDINATOR', 'EDITOR', 'REPORTER');

-- CreateEnum
CREATE TYPE "PublicationStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "NeighbourhoodKind" AS ENUM ('DISTRICT', 'SUB_MUNICIPALITY');

-- CreateEnum
CREATE TYPE "OfferKind" AS ENUM ('MEETING_PLACE', 'ACTIVITY', 'PHONE_OR_CHAT', 'VISITS', 'PRACTICAL_HELP', 'DIGITAL_HELP', 'PROFESSIONAL_SUPPORT', 'VOLUNTEERING');

-- CreateEnum
CREATE TYPE "TargetGroup" AS ENUM ('EVERYONE', 'SENIORS', 'YOUTH', 'FAMILIES', 'NEWCOMERS', 'CARERS', 'PEOPLE_WITH_DISABILITY');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('CITY_SERVICE', 'LOCAL_SERVICE_CENTRE', 'NONPROFIT', 'HEALTH_CARE', 'POLICE', 'VOLUNTEER_NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'ONGOING', 'DONE');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "status" "HelpRequestStatus" NOT NULL DEFAULT 'NEW',
    "requestFor" "RequestFor" NOT NULL,
    "subjectAwareness" "SubjectAwareness",
    "subjectConsent" "SubjectConsent" NOT NULL DEFAULT 'NOT_APPLICABLE',
    "subjectConsentAt" TIMESTAMP(3),
    "needs" "Need"[],
    "message" TEXT,
    "bestTimeToCall" "ContactTime",
    "language" TEXT NOT NULL DEFAULT 'nl',
    "ageGroup" "AgeGroup",
    "lonelinessTypes" "LonelinessType"[],
    "urgency" "Urgency",
    "closeOutcome" "CloseOutcome",
    "closeNote" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "firstContactAt" TIMESTAMP(3),
    "assessedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "followUpAt" TIMESTAMP(3),
    "slaWarnedAt" TIMESTAMP(3),
    "slaEscalatedAt" TIMESTAMP(3),
    "referrerNotifiedAt" TIMESTAMP(3),
    "consentGivenAt" TIMESTAMP(3),
    "consentTextVersion" TEXT,
    "submissionToken" TEXT,
    "retainUntil" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "personId" TEXT NOT NULL,
    "reporterId" TEXT,
    "neighbourhoodId" TEXT,
    "assigneeId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT,
    "phoneE164" TEXT,
    "email" TEXT,
    "streetAddress" TEXT,
    "postalCode" TEXT,
    "anonymisedAt" TIMESTAMP(3),
    "neighbourhoodId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reporter" (
    "id" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT,
    "phoneE164" TEXT,
    "email" TEXT,
    "relation" TEXT,
    "anonymisedAt" TIMESTAMP(3),
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reporter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEvent" (
    "id" TEXT NOT NULL,
    "type" "TimelineEventType" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromStatus" "HelpRequestStatus",
    "toStatus" "HelpRequestStatus",
    "note" TEXT,
    "data" JSONB,
    "helpRequestId" TEXT NOT NULL,
    "actorStaffId" TEXT,
    "actorVolunteerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TimelineEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "note" TEXT,
    "helpRequestId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "offerId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUp" (
    "id" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),
    "note" TEXT,
    "helpRequestId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LonelinessMeasurement" (
    "id" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emotionalScore" INTEGER NOT NULL,
    "socialScore" INTEGER NOT NULL,
    "answers" JSONB NOT NULL,
    "helpRequestId" TEXT NOT NULL,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LonelinessMeasurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Volunteer" (
    "id" TEXT NOT NULL,
    "status" "VolunteerStatus" NOT NULL DEFAULT 'APPLIED',
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phoneE164" TEXT,
    "email" TEXT,
    "streetAddress" TEXT,
    "postalCode" TEXT,
    "birthYear" INTEGER,
    "activities" "Need"[],
    "languages" TEXT[],
    "availability" "AvailabilitySlot"[],
    "travelRange" "TravelRange" NOT NULL DEFAULT 'ADJACENT_NEIGHBOURHOODS',
    "maxActiveLinks" INTEGER NOT NULL DEFAULT 2,
    "motivation" TEXT,
    "intakeAt" TIMESTAMP(3),
    "intakeDoneAt" TIMESTAMP(3),
    "conductCertificateOn" TIMESTAMP(3),
    "screenedAt" TIMESTAMP(3),
    "activatedAt" TIMESTAMP(3),
    "pausedAt" TIMESTAMP(3),
    "stoppedAt" TIMESTAMP(3),
    "stopReason" TEXT,
    "lastLinkedAt" TIMESTAMP(3),
    "consentGivenAt" TIMESTAMP(3),
    "consentTextVersion" TEXT,
    "submissionToken" TEXT,
    "retainUntil" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "neighbourhoodId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Volunteer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerNote" (
    "id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "volunteerId" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerLink" (
    "id" TEXT NOT NULL,
    "status" "VolunteerLinkStatus" NOT NULL DEFAULT 'PROPOSED',
    "kind" "LinkKind" NOT NULL DEFAULT 'ONE_OFF',
    "activity" "Need" NOT NULL,
    "plan" TEXT,
    "timesPerWeek" INTEGER,
    "durationWeeks" INTEGER,
    "startsOn" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,
    "lastContactAt" TIMESTAMP(3),
    "nextCheckInAt" TIMESTAMP(3),
    "helpRequestId" TEXT NOT NULL,
    "volunteerId" TEXT NOT NULL,
    "proposedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LinkContact" (
    "id" TEXT NOT NULL,
    "kind" "LinkContactKind" NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "linkId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LinkContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Concern" (
    "id" TEXT NOT NULL,
    "category" "ConcernCategory" NOT NULL,
    "body" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedById" TEXT,
    "volunteerId" TEXT NOT NULL,
    "linkId" TEXT,
    "helpRequestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Concern_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VolunteerLoginCode" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "volunteerId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VolunteerLoginCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "deactivatedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),
    "ipHash" TEXT,
    "userAgent" TEXT,
    "staffUserId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "actorLabel" TEXT,
    "ipHash" TEXT,
    "userAgent" TEXT,
    "data" JSONB,
    "actorStaffId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Neighbourhood" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "NeighbourhoodKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Neighbourhood_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "description" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "kind" "OfferKind" NOT NULL,
    "targetGroups" "TargetGroup"[],
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "schedule" TEXT,
    "cost" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "neighbourhoodId" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Testimony" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "personName" TEXT NOT NULL,
    "ageLabel" TEXT,
    "quote" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "consentRecordedAt" TIMESTAMP(3),
    "consentNote" TEXT,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Testimony_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slogan" TEXT,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "isExample" BOOLEAN NOT NULL DEFAULT false,
    "startsOn" TIMESTAMP(3),
    "endsOn" TIMESTAMP(3),
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionLine" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Action" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'PLANNED',
    "lineId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Action_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "PublicationStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PageViewDaily" (
    "id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 0,
    "totalSeconds" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PageViewDaily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "_NeighbourhoodAdjacency" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NeighbourhoodAdjacency_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "HelpRequest_reference_key" ON "HelpRequest"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "HelpRequest_submissionToken_key" ON "HelpRequest"("submissionToken");

-- CreateIndex
CREATE INDEX "HelpRequest_status_dueAt_idx" ON "HelpRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "HelpRequest_receivedAt_idx" ON "HelpRequest"("receivedAt");

-- CreateIndex
CREATE INDEX "HelpRequest_channel_idx" ON "HelpRequest"("channel");

-- CreateIndex
CREATE INDEX "HelpRequest_assigneeId_idx" ON "HelpRequest"("assigneeId");

-- CreateIndex
CREATE INDEX "HelpRequest_personId_idx" ON "HelpRequest"("personId");

-- CreateIndex
CREATE INDEX "HelpRequest_neighbourhoodId_idx" ON "HelpRequest"("neighbourhoodId");

-- CreateIndex
CREATE INDEX "Person_phoneE164_idx" ON "Person"("phoneE164");

-- CreateIndex
CREATE INDEX "Person_email_idx" ON "Person"("email");

-- CreateIndex
CREATE INDEX "TimelineEvent_helpRequestId_occurredAt_idx" ON "TimelineEvent"("helpRequestId", "occurredAt");

-- CreateIndex
CREATE INDEX "Referral_helpRequestId_idx" ON "Referral"("helpRequestId");

-- CreateIndex
CREATE INDEX "Referral_organisationId_idx" ON "Referral"("organisationId");

-- CreateIndex
CREATE INDEX "FollowUp_dueAt_doneAt_idx" ON "FollowUp"("dueAt", "doneAt");

-- CreateIndex
CREATE INDEX "LonelinessMeasurement_helpRequestId_idx" ON "LonelinessMeasurement"("helpRequestId");

-- CreateIndex
CREATE UNIQUE INDEX "Volunteer_submissionToken_key" ON "Volunteer"("submissionToken");

-- CreateIndex
CREATE INDEX "Volunteer_status_idx" ON "Volunteer"("status");

-- CreateIndex
CREATE INDEX "Volunteer_email_idx" ON "Volunteer"("email");

-- CreateIndex
CREATE INDEX "Volunteer_phoneE164_idx" ON "Volunteer"("phoneE164");

-- CreateIndex
CREATE INDEX "VolunteerNote_volunteerId_idx" ON "VolunteerNote"("volunteerId");

-- CreateIndex
CREATE INDEX "VolunteerLink_volunteerId_status_idx" ON "VolunteerLink"("volunteerId", "status");

-- CreateIndex
CREATE INDEX "VolunteerLink_helpRequestId_idx" ON "VolunteerLink"("helpRequestId");

-- CreateIndex
CREATE INDEX "LinkContact_linkId_occurredAt_idx" ON "LinkContact"("linkId", "occurredAt");

-- CreateIndex
CREATE INDEX "Concern_acknowledgedAt_idx" ON "Concern"("acknowledgedAt");

-- CreateIndex
CREATE UNIQUE INDEX "VolunteerLoginCode_codeHash_key" ON "VolunteerLoginCode"("codeHash");

-- CreateIndex
CREATE INDEX "VolunteerLoginCode_volunteerId_idx" ON "VolunteerLoginCode"("volunteerId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE UNIQUE INDEX "StaffSession_tokenHash_key" ON "StaffSession"("tokenHash");

-- CreateIndex
CREATE INDEX "StaffSession_staffUserId_idx" ON "StaffSession"("staffUserId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Neighbourhood_slug_key" ON "Neighbourhood"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Offer_slug_key" ON "Offer"("slug");

-- CreateIndex
CREATE INDEX "Offer_status_kind_idx" ON "Offer"("status", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Testimony_slug_key" ON "Testimony"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_slug_key" ON "Campaign"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ActionLine_number_key" ON "ActionLine"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Action_number_key" ON "Action"("number");

-- CreateIndex
CREATE INDEX "Action_lineId_idx" ON "Action"("lineId");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_createdAt_idx" ON "OutboxMessage"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PageViewDaily_day_path_key" ON "PageViewDaily"("day", "path");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE INDEX "_NeighbourhoodAdjacency_B_index" ON "_NeighbourhoodAdjacency"("B");

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "Reporter"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reporter" ADD CONSTRAINT "Reporter_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_actorStaffId_fkey" FOREIGN KEY ("actorStaffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEvent" ADD CONSTRAINT "TimelineEvent_actorVolunteerId_fkey" FOREIGN KEY ("actorVolunteerId") REFERENCES "Volunteer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUp" ADD CONSTRAINT "FollowUp_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LonelinessMeasurement" ADD CONSTRAINT "LonelinessMeasurement_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LonelinessMeasurement" ADD CONSTRAINT "LonelinessMeasurement_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Volunteer" ADD CONSTRAINT "Volunteer_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerNote" ADD CONSTRAINT "VolunteerNote_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerNote" ADD CONSTRAINT "VolunteerNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerLink" ADD CONSTRAINT "VolunteerLink_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerLink" ADD CONSTRAINT "VolunteerLink_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerLink" ADD CONSTRAINT "VolunteerLink_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LinkContact" ADD CONSTRAINT "LinkContact_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "VolunteerLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_acknowledgedById_fkey" FOREIGN KEY ("acknowledgedById") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_linkId_fkey" FOREIGN KEY ("linkId") REFERENCES "VolunteerLink"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Concern" ADD CONSTRAINT "Concern_helpRequestId_fkey" FOREIGN KEY ("helpRequestId") REFERENCES "HelpRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VolunteerLoginCode" ADD CONSTRAINT "VolunteerLoginCode_volunteerId_fkey" FOREIGN KEY ("volunteerId") REFERENCES "Volunteer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_staffUserId_fkey" FOREIGN KEY ("staffUserId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorStaffId_fkey" FOREIGN KEY ("actorStaffId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_neighbourhoodId_fkey" FOREIGN KEY ("neighbourhoodId") REFERENCES "Neighbourhood"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Action" ADD CONSTRAINT "Action_lineId_fkey" FOREIGN KEY ("lineId") REFERENCES "ActionLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeighbourhoodAdjacency" ADD CONSTRAINT "_NeighbourhoodAdjacency_A_fkey" FOREIGN KEY ("A") REFERENCES "Neighbourhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NeighbourhoodAdjacency" ADD CONSTRAINT "_NeighbourhoodAdjacency_B_fkey" FOREIGN KEY ("B") REFERENCES "Neighbourhood"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: the audit log is append-only. Prisma's diff does not see triggers.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
