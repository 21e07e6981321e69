// Every domain function of the request area × every staff role: a role
// holding the permission succeeds, every other role gets ForbiddenError —
// exactly as ROLE_PERMISSIONS says — before its input is even looked at, and
// nothing is written.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { createPrismaClient } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { addRequestNote } from "@/lib/help-requests/add-request-note";
import { assessRequest } from "@/lib/help-requests/assess-request";
import { assignRequest } from "@/lib/help-requests/assign-request";
import { closeRequest } from "@/lib/help-requests/close-request";
import { completeFollowUp } from "@/lib/help-requests/complete-follow-up";
import { findOpenDuplicates } from "@/lib/help-requests/find-open-duplicates";
import { getRequestDetail } from "@/lib/help-requests/get-request-detail";
import { getToday } from "@/lib/help-requests/get-today";
import { listAssignableStaff } from "@/lib/help-requests/list-assignable-staff";
import { listQueue } from "@/lib/help-requests/list-queue";
import { listReferralTargets } from "@/lib/help-requests/list-referral-targets";
import { logContactAttempt } from "@/lib/help-requests/log-contact-attempt";
import { logFirstContact } from "@/lib/help-requests/log-first-contact";
import { planFollowUp } from "@/lib/help-requests/plan-follow-up";
import { recordSubjectConsent } from "@/lib/help-requests/record-subject-consent";
import { referRequest } from "@/lib/help-requests/refer-request";
import { registerIntake } from "@/lib/help-requests/register-intake";
import { withdrawRequest } from "@/lib/help-requests/withdraw-request";
import { queueMail, secretMarker } from "@/lib/mail/queue-mail";
import { listOutbox } from "@/lib/outbox/list-outbox";
import { revealOutboxSecret } from "@/lib/outbox/reveal-outbox-secret";
import { describePermissionMatrix, type PermissionCase } from "./permission-matrix";
import { actorOf, makeStaff, ROLES } from "./staff-fixtures";
import { auditOf, ensureContent, makeRequest, uniquePhone } from "./staff-request-fixtures";

const db = createPrismaClient();
const actors = new Map<StaffRole, StaffActor>();
let organisationId: string;
let assigneeId: string;

beforeAll(async () => {
  await ensureContent(db);
  for (const role of ROLES) actors.set(role, actorOf(await makeStaff(db, role)));
  organisationId = (await db.organisation.findUniqueOrThrow({ where: { slug: "de-keeting" } })).id;
  assigneeId = (await makeStaff(db, "COORDINATOR")).id;
});

afterAll(() => db.$disconnect());

const CASES: PermissionCase[] = [
  {
    name: "registerIntake",
    permission: "request:create",
    setup: async () => ({
      call: (actor) =>
        registerIntake(
          actor,
          {
            channel: "PHONE_LINE",
            requestFor: "SELF",
            firstName: "Permissie",
            phone: uniquePhone().written,
            needs: ["CHAT_OR_CALL"],
            consent: "yes",
          },
          { db },
        ),
    }),
    invalid: (actor) => registerIntake(actor, {}, { db }),
  },
  {
    name: "findOpenDuplicates",
    permission: "request:read",
    setup: async () => ({ call: (actor) => findOpenDuplicates(actor, { phone: "0470 00 00 01" }, { db }) }),
    invalid: (actor) => findOpenDuplicates(actor, { phone: "x" }, { db }),
  },
  {
    name: "logContactAttempt",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db);
      return {
        subjectId: r.id,
        call: (actor) => logContactAttempt(actor, { requestId: r.id, result: "NO_ANSWER" }, { db }),
      };
    },
    invalid: (actor) => logContactAttempt(actor, {}, { db }),
  },
  {
    name: "logFirstContact",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db);
      return { subjectId: r.id, call: (actor) => logFirstContact(actor, { requestId: r.id }, { db }) };
    },
    invalid: (actor) => logFirstContact(actor, {}, { db }),
  },
  {
    name: "assessRequest",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db, { status: "CONTACTED" });
      return {
        subjectId: r.id,
        call: (actor) =>
          assessRequest(
            actor,
            {
              requestId: r.id,
              needs: ["VISIT_OR_WALK"],
              lonelinessTypes: ["SOCIAL_LONELINESS"],
              urgency: "HIGH",
            },
            { db },
          ),
      };
    },
    invalid: (actor) => assessRequest(actor, {}, { db }),
  },
  {
    name: "assignRequest",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db);
      return {
        subjectId: r.id,
        call: (actor) => assignRequest(actor, { requestId: r.id, assigneeId }, { db }),
      };
    },
    invalid: (actor) => assignRequest(actor, {}, { db }),
  },
  {
    name: "recordSubjectConsent",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db, { status: "CONTACTED", reporter: { firstName: "Buur" } });
      return {
        subjectId: r.id,
        call: (actor) => recordSubjectConsent(actor, { requestId: r.id, consent: "ASKED" }, { db }),
      };
    },
    invalid: (actor) => recordSubjectConsent(actor, {}, { db }),
  },
  {
    name: "referRequest",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db, { status: "ASSESSED" });
      return {
        subjectId: r.id,
        call: (actor) => referRequest(actor, { requestId: r.id, organisationId }, { db }),
      };
    },
    invalid: (actor) => referRequest(actor, {}, { db }),
  },
  {
    name: "planFollowUp",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db, { status: "REFERRED" });
      return {
        subjectId: r.id,
        call: (actor) => planFollowUp(actor, { requestId: r.id, dueAt: "2099-03-01" }, { db }),
      };
    },
    invalid: (actor) => planFollowUp(actor, {}, { db }),
  },
  {
    name: "completeFollowUp",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db, { status: "FOLLOW_UP" });
      const f = await db.followUp.create({ data: { helpRequestId: r.id, dueAt: new Date() } });
      return { subjectId: r.id, call: (actor) => completeFollowUp(actor, { followUpId: f.id }, { db }) };
    },
    invalid: (actor) => completeFollowUp(actor, {}, { db }),
  },
  {
    name: "closeRequest",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db, { status: "ASSESSED" });
      return {
        subjectId: r.id,
        call: (actor) => closeRequest(actor, { requestId: r.id, outcome: "ADVICE_GIVEN" }, { db }),
      };
    },
    invalid: (actor) => closeRequest(actor, {}, { db }),
  },
  {
    name: "withdrawRequest",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db);
      return { subjectId: r.id, call: (actor) => withdrawRequest(actor, { requestId: r.id }, { db }) };
    },
    invalid: (actor) => withdrawRequest(actor, {}, { db }),
  },
  {
    name: "addRequestNote",
    permission: "request:update",
    setup: async (db) => {
      const r = await makeRequest(db);
      return {
        subjectId: r.id,
        call: (actor) => addRequestNote(actor, { requestId: r.id, note: "Even checken." }, { db }),
      };
    },
    invalid: (actor) => addRequestNote(actor, {}, { db }),
  },
  {
    name: "listQueue",
    permission: "request:read",
    setup: async () => ({ call: (actor) => listQueue(actor, { status: ["NEW"] }, { db }) }),
    invalid: (actor) => listQueue(actor, { page: "x" }, { db }),
  },
  {
    name: "getToday",
    permission: "request:read",
    setup: async () => ({ call: (actor) => getToday(actor, {}, { db }) }),
    invalid: (actor) => getToday(actor, {}, { db }),
  },
  {
    name: "getRequestDetail",
    permission: "request:read",
    setup: async (db) => {
      const r = await makeRequest(db);
      return { subjectId: r.id, call: (actor) => getRequestDetail(actor, { requestId: r.id }, { db }) };
    },
    invalid: (actor) => getRequestDetail(actor, {}, { db }),
  },
  {
    name: "listAssignableStaff",
    permission: "request:read",
    setup: async () => ({ call: (actor) => listAssignableStaff(actor, {}, { db }) }),
    invalid: (actor) => listAssignableStaff(actor, {}, { db }),
  },
  {
    name: "listReferralTargets",
    permission: "request:read",
    setup: async () => ({ call: (actor) => listReferralTargets(actor, {}, { db }) }),
    invalid: (actor) => listReferralTargets(actor, {}, { db }),
  },
  {
    name: "listOutbox",
    permission: "outbox:read",
    setup: async () => ({ call: (actor) => listOutbox(actor, {}, { db }) }),
    invalid: (actor) => listOutbox(actor, { status: 42 as unknown as string }, { db }),
  },
  {
    // On the demo database (the only place it works); off it: outbox-secrets.test.ts.
    name: "revealOutboxSecret",
    permission: "outbox:reveal-demo-secret",
    setup: async () => {
      const { id } = await queueMail(db, {
        to: `matrix-${uniquePhone().written.replace(/\D/g, "")}@stad.example`,
        subject: "Je code",
        text: `Code: ${secretMarker("inlogcode")}`,
        secrets: { values: { inlogcode: "135790" }, expiresAt: new Date(Date.now() + 60 * 60_000) },
      });
      return { call: (actor) => revealOutboxSecret(actor, { messageId: id }, { db, demoDatabase: true }) };
    },
    invalid: (actor) =>
      revealOutboxSecret(actor, { messageId: 42 as unknown as string }, { db, demoDatabase: true }),
  },
];

describePermissionMatrix(
  "permissions of the request domain",
  CASES,
  {
    db,
    actors,
    auditCount: async (db, requestId) => (await auditOf(db, requestId)).length,
    // Reads (and creating a request) have their own audit tests.
    auditsSuccess: (c) => c.permission === "request:update",
  },
  () => {
    it("hides the volunteers awaiting intake from whoever may not see volunteers", async () => {
      for (const role of ROLES.filter((r) => can(r, "request:read"))) {
        const today = await getToday(actors.get(role)!, {}, { db });
        expect(today.volunteersAwaitingIntake === null).toBe(!can(role, "volunteer:read"));
      }
    });
  },
);
