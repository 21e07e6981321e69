// One demo account per role, for the embedded demo database. They may skip
// second-factor enrolment there (and only there): see lib/auth/current-staff.ts.
import type { Db } from "../../lib/db";
import type { StaffRole } from "../../lib/generated/prisma/enums";
import { hashPassword } from "../../lib/auth/password";

export const DEMO_PASSWORD = "Tezamen-demo-2026";

export const DEMO_STAFF: { email: string; name: string; role: StaffRole }[] = [
  { email: "admin@demo.tezamen.example", name: "An Beheer", role: "ADMIN" },
  { email: "onthaal@demo.tezamen.example", name: "Sofie Onthaal", role: "COORDINATOR" },
  { email: "vrijwilligers@demo.tezamen.example", name: "Karim Vrijwilligers", role: "VOLUNTEER_COORDINATOR" },
  { email: "redactie@demo.tezamen.example", name: "Lotte Redactie", role: "EDITOR" },
  { email: "rapportage@demo.tezamen.example", name: "Pieter Rapportage", role: "REPORTER" },
];

export async function loadDemoStaff(db: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.staffUser.createMany({ data: DEMO_STAFF.map((s) => ({ ...s, passwordHash, isDemo: true })) });
}
