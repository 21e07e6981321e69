import { describe, expect, it } from "vitest";
import { brusselsLocalTime, parseBrusselsDateTime } from "@/lib/sla/brussels-time";
import { fieldErrors, PHONE_INVALID } from "@/lib/validation/fields";
import { INTAKE_CHANNEL_OPTIONS } from "@/lib/validation/options";
import {
  duplicateQuerySchema,
  INTAKE_MESSAGES,
  staffIntakeSchema,
} from "@/lib/validation/staff-intake-schema";
import { outboxFilterSchema } from "@/lib/validation/staff-outbox-schema";
import { QUEUE_SEARCH_MAX, queueFilterSchema } from "@/lib/validation/staff-queue-schema";
import {
  addNoteSchema,
  assessSchema,
  assignSchema,
  closeSchema,
  completeFollowUpSchema,
  contactAttemptSchema,
  firstContactSchema,
  planFollowUpSchema,
  referSchema,
  STAFF_MESSAGES,
  subjectConsentSchema,
  withdrawSchema,
} from "@/lib/validation/staff-request-schemas";

function errorsOf(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  input: unknown,
) {
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error as Parameters<typeof fieldErrors>[0]);
}

const call = {
  channel: "PHONE_LINE",
  requestFor: "SELF",
  firstName: " Jeanine ",
  phone: "0470/00.12.34",
  needs: ["CHAT_OR_CALL"],
  consent: "yes",
};

describe("the intake schema", () => {
  it("turns a call for oneself into the domain input, phone normalised, e-mail in lower case", () => {
    const input = staffIntakeSchema.parse({ ...call, email: "Jeanine@Voorbeeld.BE", contactMade: "yes" });
    expect(input).toEqual({
      channel: "PHONE_LINE",
      requestFor: "SELF",
      subjectAwareness: null,
      person: {
        firstName: "Jeanine",
        lastName: null,
        phoneE164: "+32470001234",
        email: "jeanine@voorbeeld.be",
        streetAddress: null,
        postalCode: null,
      },
      reporter: null,
      neighbourhoodSlug: null,
      needs: ["CHAT_OR_CALL"],
      message: null,
      bestTimeToCall: null,
      language: "nl",
      ageGroup: null,
      consentGiven: true,
      contactMade: true,
      confirmDuplicate: false,
    });
  });

  it("keeps a partner's contact person with their organisation", () => {
    const input = staffIntakeSchema.parse({
      channel: "NEIGHBOURHOOD_POLICE",
      requestFor: "SOMEONE_ELSE",
      subjectAwareness: "YES",
      firstName: "Georges",
      streetAddress: "Hoogstraat 1",
      needs: ["VISIT_OR_WALK"],
      reporterFirstName: "Wim",
      reporterEmail: "Wim.Agent@Politie.Example",
      reporterRelation: "wijkagent",
      reporterOrganisationId: "clorg123",
      confirmDuplicate: "yes",
    });
    expect(input.reporter).toEqual({
      firstName: "Wim",
      lastName: null,
      phoneE164: null,
      email: "wim.agent@politie.example",
      relation: "wijkagent",
      organisationId: "clorg123",
    });
    expect(input.consentGiven).toBe(false);
    expect(input.confirmDuplicate).toBe(true);
    // A partner's contact person is kept also when the person asks for themselves.
    const self = staffIntakeSchema.parse({
      ...call,
      channel: "LOCAL_SERVICE_CENTRE",
      reporterFirstName: "Els",
      reporterEmail: "els@ldc.example",
    });
    expect(self.reporter?.email).toBe("els@ldc.example");
    expect(staffIntakeSchema.parse({ ...call, reporterFirstName: "Els" }).reporter).toBeNull();
  });

  it("refuses the website as a channel and explains every missing field in Dutch", () => {
    expect(INTAKE_CHANNEL_OPTIONS.map((o) => o.value)).not.toContain("WEBSITE");
    expect(errorsOf(staffIntakeSchema, { ...call, channel: "WEBSITE" }).channel).toBe(
      INTAKE_MESSAGES.channelMissing,
    );
    expect(errorsOf(staffIntakeSchema, {})).toMatchObject({
      channel: INTAKE_MESSAGES.channelMissing,
      requestFor: INTAKE_MESSAGES.requestForMissing,
      firstName: INTAKE_MESSAGES.firstNameMissing,
      phone: INTAKE_MESSAGES.contactMissing,
      needs: INTAKE_MESSAGES.needsMissing,
    });
    expect(errorsOf(staffIntakeSchema, { ...call, consent: "" }).consent).toBe(
      INTAKE_MESSAGES.consentMissing,
    );
    expect(errorsOf(staffIntakeSchema, { ...call, phone: "12" }).phone).toBe(PHONE_INVALID);
    expect(
      errorsOf(staffIntakeSchema, {
        ...call,
        channel: "CARE_COACH",
        requestFor: "SOMEONE_ELSE",
        consent: "",
      }),
    ).toEqual({
      subjectAwareness: INTAKE_MESSAGES.subjectAwarenessMissing,
      reporterFirstName: INTAKE_MESSAGES.partnerContactMissing,
    });
  });

  it("accepts the one who asked as the only way to reach someone", () => {
    const result = staffIntakeSchema.safeParse({
      channel: "PHONE_LINE",
      requestFor: "SOMEONE_ELSE",
      subjectAwareness: "NOT_SURE",
      firstName: "Marcel",
      needs: ["NOT_SURE"],
      reporterFirstName: "Ilse",
      reporterPhone: "015 12 34 56",
    });
    expect(result.success).toBe(true);
  });

  it("normalises the duplicate look-up", () => {
    expect(duplicateQuerySchema.parse({ phone: "+32 (0)470 00 12 34", email: "A@B.BE" })).toEqual({
      phoneE164: "+32470001234",
      email: "a@b.be",
    });
    expect(duplicateQuerySchema.parse({})).toEqual({ phoneE164: null, email: null });
  });
});

describe("the request action schemas", () => {
  const requestId = "clrequest0001";

  it("need a request id", () => {
    for (const schema of [contactAttemptSchema, firstContactSchema, assignSchema, withdrawSchema]) {
      expect(errorsOf(schema, {}).requestId).toBe(STAFF_MESSAGES.requestMissing);
    }
    expect(errorsOf(withdrawSchema, { requestId: "x'; drop table" }).requestId).toBe(
      STAFF_MESSAGES.requestMissing,
    );
  });

  it("log a contact attempt with a result", () => {
    expect(contactAttemptSchema.parse({ requestId, result: "VOICEMAIL" })).toEqual({
      requestId,
      result: "VOICEMAIL",
      note: null,
    });
    expect(errorsOf(contactAttemptSchema, { requestId }).result).toBe(STAFF_MESSAGES.attemptResultMissing);
  });

  it("log a first contact now or at a moment in Brussels time", () => {
    expect(firstContactSchema.parse({ requestId })).toEqual({
      requestId,
      contactWith: "PERSON",
      contactedAt: null,
      note: null,
    });
    expect(firstContactSchema.parse({ requestId, contactedAt: "2026-11-24T14:30" }).contactedAt).toEqual(
      new Date("2026-11-24T13:30:00Z"),
    );
    expect(errorsOf(firstContactSchema, { requestId, contactedAt: "24/11" }).contactedAt).toBe(
      STAFF_MESSAGES.dateTimeInvalid,
    );
  });

  it("assess with all or none of the six loneliness questions", () => {
    const base = {
      requestId,
      needs: ["CHAT_OR_CALL"],
      lonelinessTypes: ["EMOTIONAL_LONELINESS"],
      urgency: "NORMAL",
    };
    expect(assessSchema.parse(base)).toMatchObject({ lonelinessAnswers: null, ageGroup: null });
    const answers = {
      lonelinessItem1: "YES",
      lonelinessItem2: "MORE_OR_LESS",
      lonelinessItem3: "NO",
      lonelinessItem4: "NO",
      lonelinessItem5: "YES",
      lonelinessItem6: "MORE_OR_LESS",
    };
    expect(assessSchema.parse({ ...base, ...answers }).lonelinessAnswers).toEqual([
      "YES",
      "MORE_OR_LESS",
      "NO",
      "NO",
      "YES",
      "MORE_OR_LESS",
    ]);
    expect(errorsOf(assessSchema, { ...base, lonelinessItem1: "YES", lonelinessItem2: "NO" })).toEqual({
      lonelinessItem3: STAFF_MESSAGES.lonelinessIncomplete,
    });
    expect(errorsOf(assessSchema, { requestId })).toMatchObject({
      needs: STAFF_MESSAGES.needsMissing,
      lonelinessTypes: STAFF_MESSAGES.lonelinessTypesMissing,
      urgency: STAFF_MESSAGES.urgencyMissing,
    });
    expect(completeFollowUpSchema.parse({ followUpId: "clfu1", ...answers }).lonelinessAnswers).toHaveLength(
      6,
    );
  });

  it("assign to someone or to nobody", () => {
    expect(assignSchema.parse({ requestId, assigneeId: "clstaff1" }).assigneeId).toBe("clstaff1");
    expect(assignSchema.parse({ requestId, assigneeId: "" }).assigneeId).toBeNull();
  });

  it("record consent with one of the three answers", () => {
    expect(subjectConsentSchema.parse({ requestId, consent: "DECLINED" }).consent).toBe("DECLINED");
    expect(errorsOf(subjectConsentSchema, { requestId, consent: "REPORTED" }).consent).toBe(
      STAFF_MESSAGES.consentChoiceMissing,
    );
  });

  it("refer to an organisation, optionally one of its offers", () => {
    expect(referSchema.parse({ requestId, organisationId: "clorg1" })).toEqual({
      requestId,
      organisationId: "clorg1",
      offerId: null,
      note: null,
    });
    expect(errorsOf(referSchema, { requestId }).organisationId).toBe(STAFF_MESSAGES.organisationMissing);
  });

  it("plan a follow-up on a day (at 9.00 uur) or at a time, Brussels time", () => {
    expect(planFollowUpSchema.parse({ requestId, dueAt: "2026-12-01" }).dueAt).toEqual(
      new Date("2026-12-01T08:00:00Z"),
    );
    expect(planFollowUpSchema.parse({ requestId, dueAt: "2026-07-01T14:00" }).dueAt).toEqual(
      new Date("2026-07-01T12:00:00Z"),
    );
    expect(errorsOf(planFollowUpSchema, { requestId }).dueAt).toBe(STAFF_MESSAGES.dateMissing);
    expect(errorsOf(planFollowUpSchema, { requestId, dueAt: "2026-02-30" }).dueAt).toBe(
      STAFF_MESSAGES.dateInvalid,
    );
  });

  it("close with an outcome; 'anders' needs a note", () => {
    expect(closeSchema.parse({ requestId, outcome: "ADVICE_GIVEN" })).toEqual({
      requestId,
      outcome: "ADVICE_GIVEN",
      note: null,
    });
    expect(errorsOf(closeSchema, { requestId, outcome: "OTHER" }).note).toBe(STAFF_MESSAGES.closeNoteMissing);
    expect(errorsOf(closeSchema, { requestId }).outcome).toBe(STAFF_MESSAGES.outcomeMissing);
  });

  it("add a note that is not empty", () => {
    expect(errorsOf(addNoteSchema, { requestId, note: "   " }).note).toBe(STAFF_MESSAGES.noteMissing);
    expect(addNoteSchema.parse({ requestId, note: " Belt morgen terug. " }).note).toBe("Belt morgen terug.");
  });
});

describe("the queue filter", () => {
  it("defaults to page 1, sorted by deadline, nothing filtered", () => {
    expect(queueFilterSchema.parse({})).toEqual({
      status: [],
      channel: null,
      neighbourhoodId: null,
      need: null,
      assignee: null,
      overdue: false,
      q: null,
      sort: "due",
      page: 1,
    });
  });

  it("reads search parameters and drops what makes no sense", () => {
    expect(
      queueFilterSchema.parse({
        status: ["NEW", "BOGUS", "CONTACTED", "NEW"],
        channel: "OUTREACH",
        need: "nonsense",
        assignee: "mine",
        overdue: "1",
        q: `  ${"x".repeat(200)}  `,
        sort: "received",
        page: "3",
      }),
    ).toMatchObject({
      status: ["NEW", "CONTACTED"],
      channel: "OUTREACH",
      need: null,
      assignee: "mine",
      overdue: true,
      q: "x".repeat(QUEUE_SEARCH_MAX),
      sort: "received",
      page: 3,
    });
    expect(queueFilterSchema.parse({ status: "NEW,CLOSED", page: "-4", assignee: "<script>" })).toMatchObject(
      {
        status: ["NEW", "CLOSED"],
        page: 1,
        assignee: null,
      },
    );
    expect(outboxFilterSchema.parse({ status: "PENDING", page: "x" })).toEqual({
      status: "PENDING",
      page: 1,
    });
  });
});

describe("dates typed in Brussels time", () => {
  it("handles summer and winter time", () => {
    expect(parseBrusselsDateTime("2026-01-15T10:00")).toEqual(new Date("2026-01-15T09:00:00Z"));
    expect(parseBrusselsDateTime("2026-07-15T10:00")).toEqual(new Date("2026-07-15T08:00:00Z"));
    expect(brusselsLocalTime({ year: 2026, month: 3, day: 29 }, 12)).toEqual(
      new Date("2026-03-29T10:00:00Z"),
    );
    expect(parseBrusselsDateTime("2026-13-01")).toBeNull();
    expect(parseBrusselsDateTime("2026-01-01T25:00")).toBeNull();
    expect(parseBrusselsDateTime("morgen")).toBeNull();
  });
});
