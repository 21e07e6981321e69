// Loads the demo requests and volunteers (prisma/seed/data/demo-requests.ts)
// relative to `now`, with timelines that match their status: each step is
// checked against the lifecycle table, so the demo can't show a request that
// the staff area could never have produced. The SLA warnings and escalations
// the background job would have sent, the "contact gelegd" mails to partners
// and their outbox messages are derived from the steps.
//
// Requests are assigned to the demo staff accounts when those exist
// (prisma/seed/demo-staff.ts); without them they stay unassigned. Call once,
// after loadContent (it needs the neighbourhoods, organisations and offers).
// Plain Prisma, no "server-only" modules: it runs under tsx.
import type { Db } from "../../lib/db";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CloseOutcome, HelpRequestStatus, SubjectConsent } from "../../lib/generated/prisma/enums";
import {
  actionRefusal,
  canTransition,
  closeRefusal,
  consentRefusal,
  hasSubjectConsent,
  statusAfter,
  type RequestAction,
} from "../../lib/help-requests/lifecycle";
import { scoreLonelinessScale, type LonelinessAnswer } from "../../lib/help-requests/loneliness-scale";
import { generateReference } from "../../lib/help-requests/reference";
import { LINK_ENDED_WITH_REQUEST } from "../../lib/help-requests/end-request";
import { computeRetainUntil } from "../../lib/help-requests/retention";
import { labelledNote } from "../../lib/help-requests/timeline-note";
import { referrerContactMadeMail, slaEscalationMail, slaWarningMail } from "../../lib/mail/messages";
import { normalizePhone } from "../../lib/phone/normalize-phone";
import { DEFAULT_SETTINGS, type Settings } from "../../lib/settings/defaults";
import { DUE_SOON_MS } from "../../lib/sla/deadline-state";
import { FIRST_CHECK_IN_AFTER_DAYS } from "../../lib/volunteer-links/lifecycle";
import {
  CHANNEL_OPTIONS,
  CLOSE_OUTCOME_OPTIONS,
  CONTACT_ATTEMPT_RESULT_OPTIONS,
  labelFor,
  PARTNER_CHANNELS,
  SUBJECT_CONSENT_OPTIONS,
} from "../../lib/validation/options";
import {
  DEMO_REQUESTS,
  DEMO_VOLUNTEERS,
  type DemoRequest,
  type DemoStaffKey,
  type DemoVolunteerKey,
} from "./data/demo-requests";

const HOUR = 3_600_000;
const MINUTE = 60_000;

export const DEMO_STAFF_EMAILS: Record<DemoStaffKey, string> = {
  onthaal: "onthaal@demo.tezamen.example",
  vrijwilligers: "vrijwilligers@demo.tezamen.example",
  admin: "admin@demo.tezamen.example",
};

type Tx = Prisma.TransactionClient;

async function readSettings(tx: Tx): Promise<Settings> {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const row of await tx.setting.findMany()) {
    const key = row.key as keyof Settings;
    if (key in settings && typeof row.value === typeof settings[key]) {
      (settings as unknown as Record<string, unknown>)[key] = row.value;
    }
  }
  return settings;
}

function phone(written: string | undefined): string | null {
  if (!written) return null;
  const e164 = normalizePhone(written);
  if (!e164) throw new Error(`demo: not a phone number: ${written}`);
  return e164;
}

interface Context {
  tx: Tx;
  now: Date;
  settings: Settings;
  staff: Partial<Record<DemoStaffKey, string>>;
  /** Who gets the SLA mails: the active coordinators, else the admins, else the city's address. */
  slaRecipients: string[];
  hoods: Map<string, string>;
  organisations: Map<string, { id: string; name: string; email: string | null }>;
  offers: Map<string, { id: string; organisationId: string | null; title: string }>;
  volunteers: Map<DemoVolunteerKey, string>;
}

export interface DemoRequestsResult {
  requests: number;
  volunteers: number;
}

/**
 * Creates the demo requests (about thirty, over every channel, status and
 * deadline state) and volunteers (active ones, with links, and a handful
 * waiting for their intake) in one transaction.
 */
export async function loadDemoRequests(db: Db, now = new Date()): Promise<DemoRequestsResult> {
  return db.$transaction(
    async (tx) => {
      const settings = await readSettings(tx);
      const staffRows = await tx.staffUser.findMany({
        where: { email: { in: Object.values(DEMO_STAFF_EMAILS) }, isActive: true },
        select: { id: true, email: true },
      });
      const staff: Partial<Record<DemoStaffKey, string>> = {};
      for (const [key, email] of Object.entries(DEMO_STAFF_EMAILS) as [DemoStaffKey, string][]) {
        const row = staffRows.find((s) => s.email === email);
        if (row) staff[key] = row.id;
      }
      const active = await tx.staffUser.findMany({
        where: { isActive: true, role: { in: ["COORDINATOR", "ADMIN"] } },
        select: { email: true, role: true },
        orderBy: { email: "asc" },
      });
      const coordinators = active.filter((s) => s.role === "COORDINATOR").map((s) => s.email);
      const admins = active.filter((s) => s.role === "ADMIN").map((s) => s.email);
      const slaRecipients = coordinators.length
        ? coordinators
        : admins.length
          ? admins
          : [settings.contactEmail];

      const ctx: Context = {
        tx,
        now,
        settings,
        staff,
        slaRecipients,
        hoods: new Map(
          (await tx.neighbourhood.findMany({ select: { slug: true, id: true } })).map((n) => [n.slug, n.id]),
        ),
        organisations: new Map(
          (await tx.organisation.findMany({ select: { slug: true, id: true, name: true, email: true } })).map(
            (o) => [o.slug, o],
          ),
        ),
        offers: new Map(
          (
            await tx.offer.findMany({ select: { slug: true, id: true, organisationId: true, title: true } })
          ).map((o) => [o.slug, o]),
        ),
        volunteers: new Map(),
      };

      for (const v of DEMO_VOLUNTEERS) {
        const appliedAt = new Date(now.getTime() - v.appliedDaysAgo * 24 * HOUR);
        const days = (n: number) => new Date(appliedAt.getTime() + n * 24 * HOUR);
        const isActive = v.status === "ACTIVE";
        const row = await tx.volunteer.create({
          data: {
            status: v.status,
            firstName: v.firstName,
            lastName: v.lastName,
            phoneE164: phone(v.phone),
            email: v.email ?? null,
            activities: v.activities,
            languages: v.languages,
            availability: isActive ? ["TUESDAY_AFTERNOON", "THURSDAY_AFTERNOON", "SATURDAY_MORNING"] : [],
            maxActiveLinks: v.maxActiveLinks,
            motivation: v.motivation ?? null,
            consentGivenAt: appliedAt,
            consentTextVersion: "demo",
            intakeAt: isActive ? days(7) : null,
            intakeDoneAt: isActive ? days(7) : null,
            conductCertificateOn: isActive ? days(10) : null,
            screenedAt: isActive ? days(14) : null,
            activatedAt: isActive ? days(14) : null,
            neighbourhoodId: ctx.hoods.get(v.neighbourhood) ?? null,
            createdAt: appliedAt,
          },
          select: { id: true },
        });
        if (v.key) ctx.volunteers.set(v.key, row.id);
      }

      for (const [index, spec] of DEMO_REQUESTS.entries()) await createDemoRequest(ctx, spec, index);
      return { requests: DEMO_REQUESTS.length, volunteers: DEMO_VOLUNTEERS.length };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function createDemoRequest(ctx: Context, spec: DemoRequest, index: number): Promise<void> {
  const { tx, now, settings } = ctx;
  const fail = (message: string): never => {
    throw new Error(`demo request ${index + 1} (${spec.person.firstName}): ${message}`);
  };
  const receivedAt = new Date(now.getTime() - spec.receivedHoursAgo * HOUR);
  const dueAt = new Date(receivedAt.getTime() + settings.slaHours * HOUR);
  const at = (hours: number) => {
    const moment = new Date(receivedAt.getTime() + hours * HOUR);
    if (moment.getTime() > now.getTime()) fail(`a step lies in the future (${hours} h)`);
    return moment;
  };
  const staffId = (key: DemoStaffKey | undefined) => ctx.staff[key ?? "onthaal"] ?? null;
  const forOther = spec.requestFor === "SOMEONE_ELSE";
  const organisation = spec.reporter?.organisation
    ? ctx.organisations.get(spec.reporter.organisation)
    : undefined;
  if (spec.reporter?.organisation && !organisation)
    fail(`unknown organisation ${spec.reporter.organisation}`);

  // The request's state as the steps change it.
  let status = "NEW" as HelpRequestStatus; // widened: the closures below change it
  let subjectConsent: SubjectConsent = forOther ? "REPORTED" : "NOT_APPLICABLE";
  let subjectConsentAt: Date | null = forOther ? receivedAt : null;
  const fields: Prisma.HelpRequestUncheckedCreateInput = {
    reference: generateReference(),
    channel: spec.channel,
    requestFor: spec.requestFor,
    subjectAwareness: forOther ? (spec.subjectAwareness ?? "NOT_SURE") : null,
    needs: spec.needs,
    message: spec.message ?? null,
    bestTimeToCall: spec.bestTimeToCall ?? null,
    language: spec.language ?? "nl",
    ageGroup: spec.ageGroup ?? null,
    receivedAt,
    dueAt,
    // The website asks for consent on the form; on the phone staff record it; for someone else the person is asked later.
    consentGivenAt: forOther ? null : receivedAt,
    consentTextVersion: forOther ? null : spec.channel === "WEBSITE" ? "2026-11-v1" : "mondeling-2026-11-v1",
    createdById: spec.channel === "WEBSITE" ? null : staffId("onthaal"),
    assigneeId: spec.assignee ? staffId(spec.assignee) : null,
    personId: "",
  };
  type Event = Omit<Prisma.TimelineEventCreateManyInput, "helpRequestId">;
  const events: Event[] = [
    {
      type: "RECEIVED",
      occurredAt: receivedAt,
      toStatus: "NEW",
      actorStaffId: fields.createdById,
      note:
        spec.channel === "WEBSITE"
          ? forOther
            ? "Ontvangen via de website, gevraagd door iemand anders."
            : "Ontvangen via de website."
          : `Binnengekomen via ${(labelFor(CHANNEL_OPTIONS, spec.channel) ?? spec.channel).toLowerCase()}` +
            (organisation ? ` (${organisation.name})` : "") +
            (forOther ? ", gevraagd door iemand anders." : "."),
    },
  ];
  if (fields.assigneeId) {
    const assignee = await tx.staffUser.findUniqueOrThrow({
      where: { id: fields.assigneeId },
      select: { name: true },
    });
    events.push({
      type: "ASSIGNED",
      occurredAt: new Date(Math.min(receivedAt.getTime() + 6 * MINUTE, now.getTime())),
      actorStaffId: staffId("onthaal"),
      note: `Toegewezen aan ${assignee.name}.`,
      data: { assigneeId: fields.assigneeId },
    });
  }
  const measurements: { takenAt: Date; answers: LonelinessAnswer[]; by: string | null }[] = [];
  const referrals: Omit<Prisma.ReferralCreateManyInput, "helpRequestId">[] = [];
  const followUps: Omit<Prisma.FollowUpCreateManyInput, "helpRequestId">[] = [];
  const links: {
    volunteerId: string;
    data: Omit<Prisma.VolunteerLinkUncheckedCreateInput, "helpRequestId" | "volunteerId">;
    contacts: { kind: Prisma.LinkContactCreateManyInput["kind"]; occurredAt: Date; note: string | null }[];
  }[] = [];
  const mails: { to: string; subject: string; textBody: string; createdAt: Date }[] = [];
  let contactAttempts = 0;

  const allow = (action: RequestAction) => {
    const refusal = actionRefusal(action, { status, requestFor: spec.requestFor, subjectConsent });
    if (refusal) fail(`${action}: ${refusal}`);
    const to = statusAfter(action, status);
    const change = to === status ? {} : { fromStatus: status, toStatus: to };
    status = to;
    return change;
  };
  /** Closes (with an outcome) or withdraws the request, as endRequest does. */
  const end = (
    action: "close" | "withdraw",
    when: Date,
    actorStaffId: string | null,
    outcome: CloseOutcome | null,
    note: string | null,
  ) => {
    const change = allow(action);
    Object.assign(fields, {
      closeOutcome: outcome,
      closeNote: note,
      closedAt: when,
      retainUntil: computeRetainUntil(when, { requestFor: spec.requestFor, subjectConsent }, settings),
    });
    // Like endRequest: the open links end with the request.
    const endReason = LINK_ENDED_WITH_REQUEST[action === "close" ? "CLOSED" : "WITHDRAWN"];
    for (const link of links.filter((l) => l.data.status !== "ENDED")) {
      Object.assign(link.data, { status: "ENDED", endedAt: when, endReason, endedById: actorStaffId });
      events.push({
        type: "LINK_ENDED",
        occurredAt: when,
        actorStaffId,
        note: labelledNote("De koppeling is beëindigd", endReason),
      });
    }
    const label = outcome ? (labelFor(CLOSE_OUTCOME_OPTIONS, outcome) ?? outcome) : null;
    events.push({
      type: action === "close" ? "CLOSED" : "WITHDRAWN",
      occurredAt: when,
      actorStaffId,
      note: label ? labelledNote(label, note) : note,
      ...(outcome ? { data: { outcome } } : {}),
      ...change,
    });
  };
  /** The scores of the six questions when they were asked (kept as a measurement), else null. */
  const measure = (answers: LonelinessAnswer[] | undefined, takenAt: Date, by: string | null) => {
    if (!answers) return null;
    measurements.push({ takenAt, answers, by });
    return { ...scoreLonelinessScale(answers) };
  };

  for (const step of spec.steps) {
    const when = at(step.at);
    const actorStaffId = staffId(step.by);
    switch (step.kind) {
      case "attempt": {
        allow("log-contact-attempt");
        contactAttempts++;
        const label = labelFor(CONTACT_ATTEMPT_RESULT_OPTIONS, step.result) ?? step.result;
        events.push({
          type: "CONTACT_ATTEMPT",
          occurredAt: when,
          actorStaffId,
          note: labelledNote(label, step.note),
          data: { result: step.result },
        });
        break;
      }
      case "contact": {
        const change = allow("log-first-contact");
        fields.firstContactAt = when;
        const contactWith = step.with ?? "PERSON";
        events.push({
          type: "FIRST_CONTACT",
          occurredAt: when,
          actorStaffId,
          note: step.note ?? null,
          data: { contactWith, onTime: when.getTime() <= dueAt.getTime() },
          ...change,
        });
        const to = spec.reporter?.email ?? organisation?.email;
        if (
          contactWith === "PERSON" &&
          organisation &&
          to &&
          (PARTNER_CHANNELS as readonly string[]).includes(spec.channel)
        ) {
          fields.referrerNotifiedAt = when;
          const mail = referrerContactMadeMail({
            reference: fields.reference,
            cityName: settings.cityName,
            phoneNumber: settings.phoneNumber,
            contactEmail: settings.contactEmail,
          });
          mails.push({ to, subject: mail.subject, textBody: mail.text, createdAt: when });
          events.push({
            type: "REFERRER_NOTIFIED",
            occurredAt: when,
            actorStaffId,
            note: `${organisation.name} kreeg een e-mail: contact gelegd (zonder verdere gegevens).`,
          });
        }
        break;
      }
      case "assess": {
        const change = allow("assess");
        if (step.needs) fields.needs = step.needs;
        fields.lonelinessTypes = step.types;
        fields.urgency = step.urgency;
        if (step.ageGroup) fields.ageGroup = step.ageGroup;
        fields.assessedAt ??= when;
        const score = measure(step.answers, when, actorStaffId);
        events.push({
          type: "ASSESSED",
          occurredAt: when,
          actorStaffId,
          note: step.note ?? null,
          data: {
            needs: step.needs ?? spec.needs,
            lonelinessTypes: step.types,
            urgency: step.urgency,
            ageGroup: step.ageGroup ?? null,
            lonelinessScore: score,
          },
          ...change,
        });
        break;
      }
      case "consent": {
        allow("record-subject-consent");
        const refusal = consentRefusal(subjectConsent, step.to);
        if (refusal) fail(`consent: ${refusal}`);
        const label = labelFor(SUBJECT_CONSENT_OPTIONS, step.to) ?? step.to;
        events.push({
          type: "SUBJECT_CONSENT_CHANGED",
          occurredAt: when,
          actorStaffId,
          note: labelledNote(label, step.note),
          data: { from: subjectConsent, to: step.to },
        });
        subjectConsent = step.to;
        subjectConsentAt = when;
        if (step.to === "DECLINED") end("close", when, actorStaffId, "DECLINED_HELP", null);
        break;
      }
      case "assign": {
        allow("assign");
        fields.assigneeId = staffId(step.to);
        events.push({
          type: "ASSIGNED",
          occurredAt: when,
          actorStaffId,
          data: { assigneeId: fields.assigneeId },
        });
        break;
      }
      case "refer": {
        const change = allow("refer");
        const target =
          ctx.organisations.get(step.organisation) ?? fail(`unknown organisation ${step.organisation}`);
        const offer = step.offer ? (ctx.offers.get(step.offer) ?? fail(`unknown offer ${step.offer}`)) : null;
        if (offer && offer.organisationId !== target.id)
          fail(`offer ${step.offer} is not of ${step.organisation}`);
        referrals.push({
          organisationId: target.id,
          offerId: offer?.id ?? null,
          note: step.note ?? null,
          createdById: actorStaffId,
          createdAt: when,
        });
        const name = offer ? `${target.name} (${offer.title})` : target.name;
        events.push({
          type: "REFERRED",
          occurredAt: when,
          actorStaffId,
          note: step.note ? `Doorverwezen naar ${name}: ${step.note}` : `Doorverwezen naar ${name}.`,
          data: { organisationId: target.id, offerId: offer?.id ?? null },
          ...change,
        });
        break;
      }
      case "link": {
        if (!hasSubjectConsent({ requestFor: spec.requestFor, subjectConsent })) fail("link without consent");
        const volunteerId = ctx.volunteers.get(step.volunteer) ?? fail(`unknown volunteer ${step.volunteer}`);
        const from: HelpRequestStatus = status;
        const linkedNow = status === "ASSESSED";
        if (linkedNow) {
          if (!canTransition(status, "LINKED")) fail("cannot link");
          status = "LINKED";
        } else if (!["LINKED", "REFERRED", "FOLLOW_UP"].includes(status)) {
          fail(`cannot link from ${status}`);
        }
        const acceptedAt = new Date(when.getTime() + 2 * HOUR);
        links.push({
          volunteerId,
          data: {
            status: "ACTIVE",
            kind: step.linkKind,
            activity: step.activity,
            plan: step.plan,
            startsOn: acceptedAt,
            acceptedAt,
            // Started when accepted (introduced by the coordinator); first check-in a week later.
            startedAt: acceptedAt,
            nextCheckInAt: new Date(acceptedAt.getTime() + FIRST_CHECK_IN_AFTER_DAYS * 24 * HOUR),
            timesPerWeek: step.schedule?.timesPerWeek ?? null,
            durationWeeks: step.schedule?.durationWeeks ?? null,
            proposedById: actorStaffId,
            createdAt: when,
          },
          contacts: [],
        });
        await tx.volunteer.update({ where: { id: volunteerId }, data: { lastLinkedAt: when } });
        events.push({
          type: "LINK_PROPOSED",
          occurredAt: when,
          actorStaffId,
          note: step.plan,
          data: { volunteerId, activity: step.activity },
          ...(linkedNow ? { fromStatus: from, toStatus: "LINKED" as const } : {}),
        });
        if (acceptedAt.getTime() <= now.getTime()) {
          events.push({ type: "LINK_ACCEPTED", occurredAt: acceptedAt, actorVolunteerId: volunteerId });
        }
        break;
      }
      case "link-contact": {
        const link = links.at(-1) ?? fail("link-contact without a link");
        link.contacts.push({ kind: step.contact, occurredAt: when, note: step.note ?? null });
        link.data.lastContactAt = when;
        events.push({
          type: "LINK_CONTACT",
          occurredAt: when,
          actorVolunteerId: link.volunteerId,
          note: step.note ?? null,
          data: { kind: step.contact },
        });
        break;
      }
      case "follow-up": {
        const change = allow("plan-follow-up");
        const due =
          step.dueFromNow !== undefined
            ? new Date(now.getTime() + step.dueFromNow * HOUR)
            : new Date(
                receivedAt.getTime() + (step.dueAfterReceived ?? fail("follow-up without a due time")) * HOUR,
              );
        const assigneeId = staffId(step.assignee ?? step.by);
        const doneAt = step.done ? at(step.done.at) : null;
        followUps.push({ dueAt: due, doneAt, note: step.note ?? null, assigneeId, createdAt: when });
        events.push({
          type: "FOLLOW_UP_PLANNED",
          occurredAt: when,
          actorStaffId,
          note: step.note ? `Opvolging gepland. ${step.note}` : "Opvolging gepland.",
          data: { dueAt: due.toISOString(), assigneeId },
          ...change,
        });
        if (step.done && doneAt) {
          const score = measure(step.done.answers, doneAt, assigneeId);
          events.push({
            type: "FOLLOW_UP_DONE",
            occurredAt: doneAt,
            actorStaffId: assigneeId,
            note: step.done.note ?? null,
            data: { lonelinessScore: score },
          });
        }
        break;
      }
      case "note": {
        allow("add-note");
        events.push({ type: "NOTE", occurredAt: when, actorStaffId, note: step.text });
        break;
      }
      case "close": {
        const refusal = closeRefusal(status, step.outcome, {
          hasLink: links.length > 0,
          hasReferral: referrals.length > 0,
          contactAttempts,
        });
        if (refusal) fail(`close: ${refusal}`);
        end("close", when, actorStaffId, step.outcome, step.note ?? null);
        break;
      }
      case "withdraw": {
        end("withdraw", when, actorStaffId, null, step.note ?? null);
        break;
      }
    }
  }

  // What the SLA job would have done while nobody was reached yet.
  const stillWaiting = (moment: Date) =>
    (!fields.firstContactAt || new Date(fields.firstContactAt).getTime() > moment.getTime()) &&
    (!fields.closedAt || new Date(fields.closedAt).getTime() > moment.getTime()) &&
    moment.getTime() <= now.getTime();
  const warnAt = new Date(dueAt.getTime() - DUE_SOON_MS + MINUTE);
  const escalateAt = new Date(dueAt.getTime() + MINUTE);
  const slaMail = { requestId: "", reference: fields.reference, channel: spec.channel, dueAt };
  const alerts: ["SLA_WARNING" | "SLA_ESCALATED", Date][] = [];
  if (stillWaiting(warnAt)) alerts.push(["SLA_WARNING", warnAt]);
  if (stillWaiting(escalateAt)) alerts.push(["SLA_ESCALATED", escalateAt]);
  for (const [type, when] of alerts) {
    if (type === "SLA_WARNING") fields.slaWarnedAt = when;
    else fields.slaEscalatedAt = when;
    const people = ctx.slaRecipients.length === 1 ? "1 adres" : `${ctx.slaRecipients.length} adressen`;
    events.push({
      type,
      occurredAt: when,
      note:
        type === "SLA_WARNING"
          ? `Nog minder dan 4 uur tot de termijn en nog geen eerste contact. E-mail naar ${people}.`
          : `De termijn is voorbij zonder eerste contact. E-mail naar ${people}.`,
      data: { recipients: ctx.slaRecipients.length },
    });
  }

  const person = await tx.person.create({
    data: {
      firstName: spec.person.firstName,
      lastName: spec.person.lastName ?? null,
      phoneE164: phone(spec.person.phone),
      email: spec.person.email ?? null,
      neighbourhoodId: spec.neighbourhood ? (ctx.hoods.get(spec.neighbourhood) ?? null) : null,
      createdAt: receivedAt,
    },
    select: { id: true },
  });
  const reporter = spec.reporter
    ? await tx.reporter.create({
        data: {
          firstName: spec.reporter.firstName,
          lastName: spec.reporter.lastName ?? null,
          phoneE164: phone(spec.reporter.phone),
          email: spec.reporter.email ?? null,
          relation: spec.reporter.relation,
          organisationId: organisation?.id ?? null,
          createdAt: receivedAt,
        },
        select: { id: true },
      })
    : null;
  const pending = followUps.filter((f) => !f.doneAt).map((f) => new Date(f.dueAt).getTime());
  const request = await tx.helpRequest.create({
    data: {
      ...fields,
      status,
      subjectConsent,
      subjectConsentAt,
      followUpAt: pending.length ? new Date(Math.min(...pending)) : null,
      personId: person.id,
      reporterId: reporter?.id ?? null,
      neighbourhoodId: spec.neighbourhood ? (ctx.hoods.get(spec.neighbourhood) ?? null) : null,
      createdAt: receivedAt,
    },
    select: { id: true },
  });

  await tx.timelineEvent.createMany({ data: events.map((e) => ({ ...e, helpRequestId: request.id })) });
  for (const m of measurements) {
    const score = scoreLonelinessScale(m.answers);
    await tx.lonelinessMeasurement.create({
      data: {
        takenAt: m.takenAt,
        emotionalScore: score.emotional,
        socialScore: score.social,
        answers: m.answers,
        helpRequestId: request.id,
        recordedById: m.by,
      },
    });
  }
  if (referrals.length) {
    await tx.referral.createMany({ data: referrals.map((r) => ({ ...r, helpRequestId: request.id })) });
  }
  if (followUps.length) {
    await tx.followUp.createMany({ data: followUps.map((f) => ({ ...f, helpRequestId: request.id })) });
  }
  for (const link of links) {
    const row = await tx.volunteerLink.create({
      data: { ...link.data, helpRequestId: request.id, volunteerId: link.volunteerId },
      select: { id: true },
    });
    if (link.contacts.length) {
      await tx.linkContact.createMany({ data: link.contacts.map((c) => ({ ...c, linkId: row.id })) });
    }
  }
  for (const [type, when] of alerts) {
    const mail = (type === "SLA_WARNING" ? slaWarningMail : slaEscalationMail)({
      ...slaMail,
      requestId: request.id,
      now: when,
    });
    for (const to of ctx.slaRecipients)
      mails.push({ to, subject: mail.subject, textBody: mail.text, createdAt: when });
  }
  if (mails.length) await tx.outboxMessage.createMany({ data: mails });
}
