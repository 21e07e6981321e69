import type { StaffRole } from "@/lib/generated/prisma/enums";

/** What each role may do, in a line, for the admin who chooses one (see lib/auth/permissions.ts). */
export const ROLE_DESCRIPTIONS: Record<StaffRole, string> = {
  ADMIN: "Beheert gebruikers, instellingen en het auditlog, en ziet alles. Ziet persoonsgegevens.",
  COORDINATOR: "Neemt aanvragen aan, belt terug en volgt ze op. Ziet persoonsgegevens.",
  VOLUNTEER_COORDINATOR: "Begeleidt vrijwilligers en koppelt ze aan aanvragen. Ziet persoonsgegevens.",
  EDITOR: "Schrijft en publiceert teksten op de website. Ziet geen persoonsgegevens.",
  REPORTER: "Ziet de cijfers voor rapporten, zonder namen. Ziet geen persoonsgegevens.",
};
