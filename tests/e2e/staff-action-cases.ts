// The server actions of the staff area for the action matrix
// (staff-action-matrix.spec.ts): for each, the permission its requireStaff asks,
// a page showing its form, and a fresh target with valid field values and a
// snapshot of what the action changes, read from the test server's database.
import { randomUUID } from "node:crypto";
import type { Permission } from "@/lib/auth/permissions";
import { queueMail, secretMarker } from "@/lib/mail/queue-mail";
import { DEFAULT_SETTINGS, SETTING_KEYS } from "@/lib/settings/defaults";
import { SETTINGS_FIELD_ORDER } from "@/lib/validation/settings-schema";
import { makeRequest, uniquePhone } from "../integration/staff-request-fixtures";
import type { Fields } from "./action-forms";
import { createStaff, testDb } from "./staff-fixtures";
import { VOLUNTEER_CASES } from "./volunteer-action-cases";

/** One call's target: the page the form is on, its fields, and a snapshot of what the action would change. */
export interface Target {
  url: string;
  fields: Fields;
  state: () => Promise<unknown>;
}

export interface ActionCase {
  /** The exported name of the server action. */
  action: string;
  /** What its requireStaff(ForAction) asks; the roles that hold it come from the permission table. */
  permission: Permission;
  /** A page on which the form is shown, for ADMIN. */
  formPage: () => Promise<string>;
  /** A fresh target (each allowed call changes it). */
  target: () => Promise<Target>;
}

export const db = () => testDb();
const requestPage = (id: string) => `/beheer/aanvragen/${id}`;

/** What any action on a request changes: its row, timeline, follow-ups or referrals. */
async function requestState(id: string) {
  return db().helpRequest.findUniqueOrThrow({
    where: { id },
    select: {
      updatedAt: true,
      _count: { select: { timeline: true, referrals: true, followUps: true } },
      followUps: { select: { doneAt: true } },
    },
  });
}

let assignee: { id: string } | undefined;
/** A staff member to unassign (only roles that may handle requests can be assigned). */
async function someAssignee() {
  assignee ??= await createStaff("COORDINATOR");
  return assignee;
}

/** A request action: a request in the given state, the action's fields, the request's state. */
type Seed = Parameters<typeof makeRequest>[1];
function onRequest(
  action: string,
  seed: Seed | (() => Promise<Seed>),
  fields: () => Promise<Fields> | Fields,
): ActionCase {
  const target = async (): Promise<Target> => {
    const request = await makeRequest(db(), typeof seed === "function" ? await seed() : seed);
    return {
      url: requestPage(request.id),
      fields: [["requestId", request.id], ...(await fields())],
      state: () => requestState(request.id),
    };
  };
  return { action, permission: "request:update", formPage: async () => (await target()).url, target };
}

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function withFollowUp(): Promise<{ url: string; requestId: string; followUpId: string }> {
  const request = await makeRequest(db(), { status: "REFERRED" });
  const followUp = await db().followUp.create({
    data: { helpRequestId: request.id, dueAt: new Date(Date.now() + 86_400_000) },
  });
  return { url: requestPage(request.id), requestId: request.id, followUpId: followUp.id };
}

/** An assessed request and a caring neighbour who fits it (active, screened, whole city, room left). */
async function linkTarget(): Promise<Target> {
  const request = await makeRequest(db(), { status: "ASSESSED", needs: ["CHAT_OR_CALL"] });
  const volunteer = await db().volunteer.create({
    data: {
      status: "ACTIVE",
      firstName: "Matrix",
      lastName: `Buur-${randomUUID().slice(0, 6)}`,
      activities: ["CHAT_OR_CALL"],
      travelRange: "WHOLE_CITY",
      screenedAt: new Date(),
      conductCertificateOn: new Date(),
      activatedAt: new Date(),
    },
  });
  return {
    url: requestPage(request.id),
    fields: [
      ["requestId", request.id],
      ["volunteerId", volunteer.id],
      ["activity", "CHAT_OR_CALL"],
      ["kind", "ONE_OFF"],
    ],
    state: async () => ({
      request: await requestState(request.id),
      links: await db().volunteerLink.count({ where: { volunteerId: volunteer.id } }),
    }),
  };
}

/** A link action: a LINKED request with a link in the given status, the action's fields, the link's state. */
function onLink(action: string, status: "PROPOSED" | "ACCEPTED" | "ACTIVE", fields: Fields): ActionCase {
  const target = async (): Promise<Target> => {
    // A need no matrix volunteer offers: the page's suggestions stay out of this test.
    const request = await makeRequest(db(), { status: "LINKED", needs: ["PROFESSIONAL_TALK"] });
    const volunteer = await db().volunteer.create({
      data: {
        status: "ACTIVE",
        firstName: "Matrix",
        lastName: `Buur-${randomUUID().slice(0, 6)}`,
        languages: ["nl"],
      },
    });
    const started = status === "ACTIVE" ? new Date() : null;
    const link = await db().volunteerLink.create({
      data: {
        status,
        activity: "CHAT_OR_CALL",
        helpRequestId: request.id,
        volunteerId: volunteer.id,
        startedAt: started,
      },
    });
    return {
      url: requestPage(request.id),
      fields: [["linkId", link.id], ...fields],
      state: () => db().volunteerLink.findUniqueOrThrow({ where: { id: link.id } }),
    };
  };
  return { action, permission: "link:manage", formPage: async () => (await target()).url, target };
}

/** An open concern of a volunteer, shown on Vandaag with its "Gezien" form. */
async function concernTarget(): Promise<Target> {
  const volunteer = await db().volunteer.create({
    data: { status: "ACTIVE", firstName: "Matrix", lastName: `Zorg-${randomUUID().slice(0, 6)}` },
  });
  const concern = await db().concern.create({
    data: { category: "OTHER", body: "Matrix", volunteerId: volunteer.id },
  });
  return {
    url: "/beheer",
    fields: [["concernId", concern.id]],
    state: () => db().concern.findUniqueOrThrow({ where: { id: concern.id } }),
  };
}

type StaffExtra = Parameters<ReturnType<typeof testDb>["staffUser"]["update"]>[0]["data"];
async function staffTarget(extra: StaffExtra = {}): Promise<{ id: string; state: () => Promise<unknown> }> {
  const user = await createStaff("REPORTER");
  await db().staffUser.update({ where: { id: user.id }, data: extra });
  return {
    id: user.id,
    state: () =>
      db().staffUser.findUniqueOrThrow({
        where: { id: user.id },
        select: {
          role: true,
          isActive: true,
          totpSecret: true,
          inviteTokenHash: true,
          passwordResetTokenHash: true,
        },
      }),
  };
}

const invitationPending = () => ({
  inviteTokenHash: randomUUID(),
  inviteExpiresAt: new Date(Date.now() + 86_400_000),
  totpSecret: null,
  totpEnabledAt: null,
});

/** A users-page action on a fresh REPORTER account (made as `extra` says). */
function onStaffUser(action: string, fields: Fields, extra?: () => StaffExtra): ActionCase {
  const target = async (): Promise<Target> => {
    const user = await staffTarget(extra?.());
    return { url: "/beheer/gebruikers", fields: [["userId", user.id], ...fields], state: user.state };
  };
  return { action, permission: "user:manage", formPage: async () => (await target()).url, target };
}

/** The one setting the matrix changes: nothing else in the tests depends on it. */
export const SETTING = "declinedRetentionMonths";
/** The settings form's fields as stored now (defaults where no row exists). */
async function settingsFields(): Promise<Record<string, string>> {
  const rows = await db().setting.findMany({ where: { key: { in: SETTING_KEYS } } });
  const current: Record<string, unknown> = {
    ...DEFAULT_SETTINGS,
    ...Object.fromEntries(rows.map((r) => [r.key, r.value])),
  };
  return Object.fromEntries(
    Object.entries(current).map(([key, value]) => [
      key,
      typeof value === "boolean" ? (value ? "yes" : "no") : String(value),
    ]),
  );
}

/** A mail with an unexpired sign-in code, the newest in the outbox: its row has the demo reveal form (for ADMIN). */
async function mailWithSecret(): Promise<string> {
  const { id } = await queueMail(db(), {
    to: `matrix-${randomUUID()}@e2e.example`,
    subject: `Je code om aan te melden: ${secretMarker("inlogcode")}`,
    text: `Je code is: ${secretMarker("inlogcode")}`,
    secrets: { values: { inlogcode: "864209" }, expiresAt: new Date(Date.now() + 60 * 60_000) },
  });
  return id;
}

export const CASES: ActionCase[] = [
  onRequest("logFirstContactAction", {}, () => [["note", "Gebeld."]]),
  onRequest("logContactAttemptAction", {}, () => [["result", "NO_ANSWER"]]),
  onRequest("assessAction", { status: "CONTACTED" }, () => [
    ["needs", "CHAT_OR_CALL"],
    ["lonelinessTypes", "SOCIAL_ISOLATION"],
    ["urgency", "NORMAL"],
  ]),
  onRequest(
    "assignAction",
    async () => ({ assigneeId: (await someAssignee()).id }),
    () => [["assigneeId", ""]],
  ),
  onRequest(
    "recordSubjectConsentAction",
    { reporter: { firstName: "Buur" }, subjectConsent: "REPORTED" },
    () => [["consent", "ASKED"]],
  ),
  onRequest("referAction", { status: "ASSESSED" }, async () => {
    const offer = await db().offer.findFirstOrThrow({
      where: { status: "PUBLISHED", organisationId: { not: null } },
    });
    return [["organisationId", offer.organisationId ?? ""]];
  }),
  onRequest("planFollowUpAction", { status: "CONTACTED" }, () => [["dueAt", tomorrow()]]),
  onRequest("closeAction", {}, () => [["outcome", "NO_LONGER_NEEDED"]]),
  onRequest("withdrawAction", {}, () => [["note", "Ingetrokken."]]),
  onRequest("addNoteAction", {}, () => [["note", "Een notitie."]]),
  {
    action: "completeFollowUpAction",
    permission: "request:update",
    formPage: async () => (await withFollowUp()).url,
    async target() {
      const { url, requestId, followUpId } = await withFollowUp();
      return { url, fields: [["followUpId", followUpId]], state: () => requestState(requestId) };
    },
  },
  {
    action: "proposeLinkAction",
    permission: "link:manage",
    formPage: async () => (await linkTarget()).url,
    target: linkTarget,
  },
  onLink("respondToLinkAction", "PROPOSED", [["answer", "ACCEPTED"]]),
  onLink("startLinkAction", "ACCEPTED", []),
  onLink("logLinkContactAction", "ACTIVE", [["kind", "CALLED"]]),
  onLink("recordCheckInAction", "ACTIVE", [["note", "Het gaat goed."]]),
  onLink("endLinkAction", "ACTIVE", [["reason", "Afgerond."]]),
  {
    action: "acknowledgeConcernAction",
    permission: "link:manage",
    // Vandaag shows the form only while a concern is open.
    formPage: async () => (await concernTarget()).url,
    target: concernTarget,
  },
  {
    action: "registerIntakeAction",
    permission: "request:create",
    formPage: async () => "/beheer/aanvragen/nieuw",
    async target() {
      const token = randomUUID();
      return {
        url: "/beheer/aanvragen/nieuw",
        fields: [
          ["submissionToken", token],
          ["channel", "PHONE_LINE"],
          ["requestFor", "SELF"],
          ["firstName", "Matrix"],
          ["phone", uniquePhone().written],
          ["needs", "CHAT_OR_CALL"],
          ["language", "nl"],
          ["consent", "yes"],
        ],
        state: () => db().helpRequest.count({ where: { submissionToken: token } }),
      };
    },
  },
  onStaffUser("changeRoleAction", [["role", "EDITOR"]]),
  onStaffUser("setActiveAction", [
    ["intent", "deactivate"],
    ["confirm", "yes"],
  ]),
  onStaffUser("resetSecondFactorAction", [["confirm", "yes"]]),
  onStaffUser("sendPasswordResetAction", [["confirm", "yes"]]),
  // The form shows only for someone who has not accepted the invitation yet.
  onStaffUser("resendInvitationAction", [], invitationPending),
  {
    action: "inviteAction",
    permission: "user:manage",
    formPage: async () => "/beheer/gebruikers/nieuw",
    async target() {
      const email = `matrix-${randomUUID()}@e2e.example`;
      return {
        url: "/beheer/gebruikers/nieuw",
        fields: [
          ["name", "Matrix Uitgenodigd"],
          ["email", email],
          ["role", "REPORTER"],
        ],
        state: () => db().staffUser.count({ where: { email } }),
      };
    },
  },
  {
    action: "saveSettingsAction",
    permission: "settings:manage",
    formPage: async () => "/beheer/instellingen",
    async target() {
      const values = await settingsFields();
      // A different value each time, so every allowed save is a change.
      const fields: Record<string, string> = {
        ...values,
        [SETTING]: String((Number(values[SETTING]) % 24) + 1),
      };
      return {
        url: "/beheer/instellingen",
        fields: SETTINGS_FIELD_ORDER.map((name) => [name, fields[name] ?? ""] as const),
        state: async () => (await settingsFields())[SETTING],
      };
    },
  },
  {
    // The e2e server runs on the demo database (tests/e2e/server.mjs), the only place this works.
    action: "revealSecretAction",
    permission: "outbox:reveal-demo-secret",
    formPage: async () => {
      await mailWithSecret();
      return "/beheer/outbox";
    },
    async target() {
      const id = await mailWithSecret();
      return {
        url: "/beheer/outbox",
        fields: [["messageId", id]],
        // Every reveal is audited: that is the change.
        state: () =>
          db().auditEvent.count({
            where: { action: "outbox.reveal-demo-secret", entityType: "OutboxMessage", entityId: id },
          }),
      };
    },
  },
  ...VOLUNTEER_CASES,
];
