import { describe, expect, it } from "vitest";
import { readFormValues } from "@/lib/forms/form-data";
import { helpRequestFields } from "@/lib/validation/help-request-schema";
import { volunteerApplicationFields } from "@/lib/validation/volunteer-application-schema";

describe("reading form values from FormData", () => {
  it("reads checkbox groups as lists and every other field as one string", () => {
    const data = new FormData();
    data.append("requestFor", "SELF");
    data.append("needs", "CHAT_OR_CALL");
    data.append("needs", "NOT_SURE");
    data.append("firstName", "Maria");
    const values = readFormValues(data, helpRequestFields);
    expect(values.requestFor).toBe("SELF");
    expect(values.needs).toEqual(["CHAT_OR_CALL", "NOT_SURE"]);
    expect(values.firstName).toBe("Maria");
    // Fields that were not sent are empty, lists are empty lists.
    expect(values.email).toBe("");
    expect(readFormValues(new FormData(), volunteerApplicationFields).availability).toEqual([]);
  });

  it("never echoes the token, the honeypot or Next's own fields", () => {
    const data = new FormData();
    data.append("formToken", "1.2.3");
    data.append("website", "spam");
    data.append("$ACTION_ID_abc", "");
    data.append("firstName", "Maria");
    expect(Object.keys(readFormValues(data, helpRequestFields))).not.toEqual(
      expect.arrayContaining(["formToken", "website", "$ACTION_ID_abc"]),
    );
    expect(Object.keys(readFormValues(data, helpRequestFields))).toEqual(
      Object.keys(helpRequestFields.shape),
    );
  });

  it("ignores uploaded files in a text field", () => {
    const data = new FormData();
    data.append("firstName", new Blob(["x"]), "x.txt");
    expect(readFormValues(data, helpRequestFields).firstName).toBe("");
  });
});
