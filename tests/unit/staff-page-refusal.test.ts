import { describe, expect, it } from "vitest";
import { isStaffPageRefused, staffPagePermission } from "@/lib/auth/staff-page-refusal";

describe("staffPagePermission", () => {
  it("takes the nearest route above a page", () => {
    expect(staffPagePermission("/beheer/aanvragen")).toBe("request:read");
    expect(staffPagePermission("/beheer/aanvragen/abc123")).toBe("request:read");
    expect(staffPagePermission("/beheer/aanvragen/nieuw")).toBe("request:create");
    expect(staffPagePermission("/beheer/gebruikers/nieuw")).toBe("user:manage");
  });

  it("asks nothing of pages every staff member may open", () => {
    expect(staffPagePermission("/beheer")).toBeNull();
    expect(staffPagePermission("/beheer/tweede-factor")).toBeNull();
    // A prefix of a route's name is not that route.
    expect(staffPagePermission("/beheer/aanvragenlijst")).toBeNull();
  });
});

describe("isStaffPageRefused", () => {
  it("refuses a role without the page's permission", () => {
    expect(isStaffPageRefused("/beheer/aanvragen/abc123", "EDITOR")).toBe(true);
    expect(isStaffPageRefused("/beheer/gebruikers", "COORDINATOR")).toBe(true);
  });

  it("lets a role with the permission through", () => {
    expect(isStaffPageRefused("/beheer/aanvragen/abc123", "COORDINATOR")).toBe(false);
    expect(isStaffPageRefused("/beheer/gebruikers", "ADMIN")).toBe(false);
  });

  it("leaves a cookie without a role (signed out, or signed in before roles were in it) to the page", () => {
    expect(isStaffPageRefused("/beheer/gebruikers", undefined)).toBe(false);
  });

  it("never refuses a page without a permission", () => {
    expect(isStaffPageRefused("/beheer", "EDITOR")).toBe(false);
  });
});
