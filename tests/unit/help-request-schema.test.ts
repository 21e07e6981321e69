import { describe, expect, it } from "vitest";
import { fieldErrors, EMAIL_INVALID, PHONE_INVALID } from "@/lib/validation/fields";
import {
  HELP_MESSAGES,
  HELP_REQUEST_FIELD_NAMES,
  helpRequestSchema,
} from "@/lib/validation/help-request-schema";

/** A complete, valid form for oneself, as FormData would give it. */
const self = {
  requestFor: "SELF",
  subjectAwareness: "",
  reporterFirstName: "",
  reporterPhone: "",
  reporterEmail: "",
  reporterRelation: "",
  needs: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
  message: "  Ik zie bijna niemand meer.  ",
  firstName: " Maria ",
  phone: "0470/12.34.56",
  email: "",
  neighbourhood: "nekkerspoel",
  streetAddress: "",
  postalCode: "",
  bestTimeToCall: "MORNING",
  language: "nl",
  ageGroup: "AGE_75_PLUS",
  consent: "yes",
};

/** A complete, valid form for someone else. */
const other = {
  ...self,
  requestFor: "SOMEONE_ELSE",
  subjectAwareness: "NO",
  reporterFirstName: "Jan",
  reporterPhone: "+32 15 12 34 56",
  reporterEmail: "",
  reporterRelation: "buurman",
  firstName: "Maria",
  phone: "",
};

function errorsOf(input: Record<string, unknown>) {
  const result = helpRequestSchema.safeParse(input);
  if (result.success) return {};
  return fieldErrors(result.error);
}

describe("the help request schema", () => {
  it("turns a valid form for oneself into the domain input", () => {
    const result = helpRequestSchema.safeParse(self);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      requestFor: "SELF",
      subjectAwareness: null,
      reporter: null,
      person: {
        firstName: "Maria",
        phoneE164: "+32470123456",
        email: null,
        streetAddress: null,
        postalCode: null,
      },
      neighbourhoodSlug: "nekkerspoel",
      needs: ["CHAT_OR_CALL", "VISIT_OR_WALK"],
      message: "Ik zie bijna niemand meer.",
      bestTimeToCall: "MORNING",
      language: "nl",
      ageGroup: "AGE_75_PLUS",
    });
  });

  it("turns a valid form for someone else into person + reporter", () => {
    const result = helpRequestSchema.parse(other);
    expect(result.requestFor).toBe("SOMEONE_ELSE");
    expect(result.subjectAwareness).toBe("NO");
    expect(result.reporter).toEqual({
      firstName: "Jan",
      phoneE164: "+3215123456",
      email: null,
      relation: "buurman",
    });
    expect(result.person).toMatchObject({ firstName: "Maria", phoneE164: null, email: null });
  });

  it("accepts an e-mail address instead of a phone number, stored in lower case", () => {
    const result = helpRequestSchema.parse({ ...self, phone: "", email: " Maria.Peeters@Voorbeeld.BE " });
    expect(result.person).toMatchObject({ phoneE164: null, email: "maria.peeters@voorbeeld.be" });
  });

  it("keeps the address and turns empty optional answers into null", () => {
    const result = helpRequestSchema.parse({
      ...self,
      streetAddress: "Bruul 1",
      postalCode: "2800",
      neighbourhood: "onbekend",
      bestTimeToCall: "",
      ageGroup: "",
      message: "   ",
    });
    expect(result.person).toMatchObject({ streetAddress: "Bruul 1", postalCode: "2800" });
    expect(result).toMatchObject({
      neighbourhoodSlug: null,
      bestTimeToCall: null,
      ageGroup: null,
      message: null,
    });
  });

  it("ignores the someone-else answers when asking for oneself", () => {
    const result = helpRequestSchema.parse({
      ...self,
      subjectAwareness: "YES",
      reporterFirstName: "Jan",
      reporterPhone: "0470 99 99 99",
    });
    expect(result.reporter).toBeNull();
    expect(result.subjectAwareness).toBeNull();
  });

  it("removes a need ticked twice", () => {
    expect(helpRequestSchema.parse({ ...self, needs: ["NOT_SURE", "NOT_SURE"] }).needs).toEqual(["NOT_SURE"]);
  });

  describe("gives a Dutch message for each problem", () => {
    it.each([
      ["requestFor", { requestFor: "" }, HELP_MESSAGES.requestForMissing],
      ["requestFor", { requestFor: "EVERYONE" }, HELP_MESSAGES.requestForMissing],
      ["needs", { needs: [] }, HELP_MESSAGES.needsMissing],
      ["needs", { needs: ["FREE_MONEY"] }, "Kies een van de mogelijkheden uit de lijst."],
      ["firstName", { firstName: "   " }, "Vul je voornaam in."],
      ["firstName", { firstName: "x".repeat(81) }, HELP_MESSAGES.firstNameTooLong],
      ["phone", { phone: "12345" }, PHONE_INVALID],
      [
        "phone",
        { phone: "", email: "" },
        "Geef een telefoonnummer of e-mailadres, zodat we je kunnen bereiken.",
      ],
      ["email", { email: "maria@" }, EMAIL_INVALID],
      ["message", { message: "x".repeat(1001) }, HELP_MESSAGES.messageTooLong],
      ["postalCode", { postalCode: "28000" }, HELP_MESSAGES.postalCodeInvalid],
      ["neighbourhood", { neighbourhood: "<script>" }, HELP_MESSAGES.neighbourhoodInvalid],
      ["bestTimeToCall", { bestTimeToCall: "MIDNIGHT" }, "Kies een van de mogelijkheden uit de lijst."],
      ["language", { language: "" }, HELP_MESSAGES.languageMissing],
      ["language", { language: "klingon" }, HELP_MESSAGES.languageMissing],
      ["ageGroup", { ageGroup: "AGE_200" }, "Kies een van de mogelijkheden uit de lijst."],
      ["consent", { consent: "" }, HELP_MESSAGES.consentMissing],
      ["consent", { consent: "no" }, HELP_MESSAGES.consentMissing],
    ])("%s: %j", (field, change, message) => {
      expect(errorsOf({ ...self, ...change })).toEqual({ [field]: message });
    });

    it("uses the examples the form shows", () => {
      expect(PHONE_INVALID).toBe(
        "Dit telefoonnummer klopt niet. Schrijf het bijvoorbeeld zo: 0470 12 34 56.",
      );
      expect(HELP_MESSAGES.contactMissingSelf).toBe(
        "Geef een telefoonnummer of e-mailadres, zodat we je kunnen bereiken.",
      );
    });
  });

  describe("for someone else", () => {
    it("asks whether the person knows", () => {
      expect(errorsOf({ ...other, subjectAwareness: "" })).toEqual({
        subjectAwareness: HELP_MESSAGES.subjectAwarenessMissing,
      });
    });

    it("asks the reporter's first name and a way to reach the reporter", () => {
      expect(errorsOf({ ...other, reporterFirstName: "", reporterPhone: "", reporterEmail: "" })).toEqual({
        reporterFirstName: "Vul jouw voornaam in.",
        reporterPhone: "Geef jouw telefoonnummer of e-mailadres, zodat we jou kunnen bereiken.",
      });
    });

    it("accepts the reporter's e-mail address instead of a phone number", () => {
      expect(errorsOf({ ...other, reporterPhone: "", reporterEmail: "jan@voorbeeld.be" })).toEqual({});
    });

    it("checks the format of the reporter's details", () => {
      expect(errorsOf({ ...other, reporterPhone: "0470", reporterEmail: "jan@" })).toEqual({
        reporterPhone: PHONE_INVALID,
        reporterEmail: EMAIL_INVALID,
      });
    });

    it("asks the person's first name, in words about that person", () => {
      expect(errorsOf({ ...other, firstName: "" })).toEqual({
        firstName: HELP_MESSAGES.firstNameMissingOther,
      });
    });

    it("does not require the person's phone or e-mail (the city first talks to the reporter)", () => {
      expect(errorsOf({ ...other, phone: "", email: "" })).toEqual({});
    });

    it("still checks the person's phone number when one is given", () => {
      expect(errorsOf({ ...other, phone: "0470 12" })).toEqual({ phone: PHONE_INVALID });
    });
  });

  it("shows every error at once, also the ones that depend on other answers", () => {
    const errors = errorsOf({ requestFor: "SOMEONE_ELSE", phone: "12" });
    expect(Object.keys(errors).sort()).toEqual(
      [
        "consent",
        "firstName",
        "language",
        "needs",
        "phone",
        "reporterFirstName",
        "reporterPhone",
        "subjectAwareness",
      ].sort(),
    );
  });

  it("treats missing fields as empty (a form posted without them)", () => {
    expect(errorsOf({})).toMatchObject({
      requestFor: HELP_MESSAGES.requestForMissing,
      needs: HELP_MESSAGES.needsMissing,
      firstName: "Vul je voornaam in.",
      consent: HELP_MESSAGES.consentMissing,
    });
  });

  it("lists its fields in the order of the form", () => {
    expect(HELP_REQUEST_FIELD_NAMES[0]).toBe("requestFor");
    expect(HELP_REQUEST_FIELD_NAMES.at(-1)).toBe("consent");
    expect(HELP_REQUEST_FIELD_NAMES.indexOf("reporterFirstName")).toBeLessThan(
      HELP_REQUEST_FIELD_NAMES.indexOf("firstName"),
    );
  });
});
