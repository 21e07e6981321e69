import { describe, expect, it } from "vitest";
import { fieldErrors, EMAIL_INVALID, PHONE_INVALID } from "@/lib/validation/fields";
import {
  VOLUNTEER_MESSAGES,
  volunteerApplicationSchema,
} from "@/lib/validation/volunteer-application-schema";

const valid = {
  firstName: "Fatima",
  lastName: " El Amrani ",
  phone: "0486 11 22 33",
  email: "",
  neighbourhood: "",
  activities: ["CHAT_OR_CALL", "DIGITAL_HELP"],
  languages: ["nl", "ar", "fr"],
  availability: ["WEDNESDAY_EVENING", "MONDAY_MORNING", "MONDAY_MORNING"],
  maxActiveLinks: "2",
  motivation: "",
  consent: "yes",
};

function errorsOf(input: Record<string, unknown>) {
  const result = volunteerApplicationSchema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error);
}

describe("the volunteer application schema", () => {
  it("turns a valid form into the domain input", () => {
    expect(volunteerApplicationSchema.parse(valid)).toEqual({
      firstName: "Fatima",
      lastName: "El Amrani",
      phoneE164: "+32486112233",
      email: null,
      neighbourhoodSlug: null,
      activities: ["CHAT_OR_CALL", "DIGITAL_HELP"],
      languages: ["nl", "ar", "fr"],
      // In week order, without duplicates.
      availability: ["MONDAY_MORNING", "WEDNESDAY_EVENING"],
      maxActiveLinks: 2,
      motivation: null,
    });
  });

  it("accepts no availability (it is discussed in the intake interview)", () => {
    expect(volunteerApplicationSchema.parse({ ...valid, availability: [] }).availability).toEqual([]);
  });

  it.each([
    ["firstName", { firstName: "" }, VOLUNTEER_MESSAGES.firstNameMissing],
    ["lastName", { lastName: " " }, VOLUNTEER_MESSAGES.lastNameMissing],
    ["phone", { phone: "", email: "" }, VOLUNTEER_MESSAGES.contactMissing],
    ["phone", { phone: "04861" }, PHONE_INVALID],
    ["email", { email: "fatima@@voorbeeld.be" }, EMAIL_INVALID],
    ["activities", { activities: [] }, VOLUNTEER_MESSAGES.activitiesMissing],
    // Not something a volunteer offers: professional help is for professionals.
    ["activities", { activities: ["PROFESSIONAL_TALK"] }, "Kies een van de mogelijkheden uit de lijst."],
    ["languages", { languages: [] }, VOLUNTEER_MESSAGES.languagesMissing],
    ["availability", { availability: ["MONDAY_NIGHT"] }, "Kies een van de mogelijkheden uit de lijst."],
    ["maxActiveLinks", { maxActiveLinks: "4" }, VOLUNTEER_MESSAGES.maxActiveLinksMissing],
    ["maxActiveLinks", { maxActiveLinks: "" }, VOLUNTEER_MESSAGES.maxActiveLinksMissing],
    ["motivation", { motivation: "x".repeat(1001) }, VOLUNTEER_MESSAGES.motivationTooLong],
    ["consent", { consent: "" }, VOLUNTEER_MESSAGES.consentMissing],
  ])("%s: %j", (field, change, message) => {
    expect(errorsOf({ ...valid, ...change })).toEqual({ [field]: message });
  });

  it("shows every error at once", () => {
    expect(Object.keys(errorsOf({})).sort()).toEqual(
      ["activities", "consent", "firstName", "languages", "lastName", "maxActiveLinks", "phone"].sort(),
    );
  });
});
