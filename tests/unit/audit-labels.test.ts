// Every action a use case writes to the audit log has Dutch words on the
// audit page (/beheer/audit). Scans the use cases for the action names they
// pass, so a new use case without a label fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabel } from "@/lib/audit/audit-labels";

const LIB = path.resolve(import.meta.dirname, "../../lib");

/** Folders whose use cases pass a short action name that their frame prefixes. */
const PREFIXED: Record<string, string> = {
  "help-requests": "help-request",
  volunteers: "volunteer",
  "volunteer-links": "volunteer-link",
  "volunteer-portal": "volunteer-link",
  "staff-users": "staff-user",
  jobs: "volunteer-link",
};

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

function actionsWritten(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(LIB)) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(
      /"((?:help-request|volunteer-link|volunteer|staff-user|staff|settings|concern)\.[a-z-]+)"/g,
    ))
      found.add(m[1]!);
    const prefix = PREFIXED[path.relative(LIB, file).split(path.sep)[0]!];
    if (!prefix) continue;
    // { action: "assess", … } handed to changeRequest / changeVolunteer / changeLink / changeStaffUser.
    for (const m of text.matchAll(/\{\s*action: "([a-z-]+)"/g)) found.add(`${prefix}.${m[1]}`);
    // auditStaffUser(tx, "change-password", …) in the staff-user use cases without the frame.
    for (const m of text.matchAll(/auditStaffUser\(\s*tx,\s*"([a-z-]+)"/g)) found.add(`${prefix}.${m[1]}`);
    // auditLinkAction(tx, actor, "check-in-reminder", …) in the reminder job.
    for (const m of text.matchAll(/auditLinkAction\(\s*tx,\s*[^,]+,\s*"([a-z-]+)"/g))
      found.add(`${prefix}.${m[1]}`);
  }
  return found;
}

describe("audit action labels", () => {
  it("finds the actions the use cases write", () => {
    const actions = actionsWritten();
    for (const known of [
      "help-request.assess",
      "volunteer.plan-intake",
      "volunteer-link.raise-concern",
      "staff-user.send-password-reset",
      "staff-user.change-password",
    ])
      expect(actions).toContain(known);
  });

  it("names every one of them in Dutch", () => {
    const missing = [...actionsWritten()].filter((a) => auditActionLabel(a) === null);
    expect(missing).toEqual([]);
  });
});
