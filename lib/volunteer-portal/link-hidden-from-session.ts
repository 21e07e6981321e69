// For proxy.ts only: whether the volunteer signed in with this session cookie
// may not see this link, so the proxy can answer 404 with the "not found"
// page in the HTML (notFound() is blank without JavaScript; see
// docs/decisions/0004-not-found-in-proxy.md). The page checks the session and
// the link again itself: this is not the guard.
import { isDatabaseUnavailable, prisma, type Db } from "@/lib/db";
import { hashSessionToken } from "@/lib/auth/staff-sessions";
import { volunteerLinksWhere } from "@/lib/volunteer-links/visible-to-volunteer";
import { isVolunteerSessionUsable } from "./volunteer-sessions";

export async function isLinkHiddenFromSession(
  token: string | undefined,
  linkId: string,
  { db = prisma, now = new Date() }: { db?: Db; now?: Date } = {},
): Promise<boolean> {
  if (!token) return false;
  try {
    const session = await db.volunteerSession.findUnique({
      where: { tokenHash: hashSessionToken(token) },
      select: {
        volunteerId: true,
        endedAt: true,
        lastSeenAt: true,
        expiresAt: true,
        volunteer: { select: { status: true } },
      },
    });
    // No usable session: the page sends them to the sign-in page.
    if (!session || !isVolunteerSessionUsable(session, session.volunteer.status, now)) return false;
    const visible = await db.volunteerLink.count({
      where: { id: linkId, ...volunteerLinksWhere(session.volunteerId, now) },
    });
    return visible === 0;
  } catch (error) {
    // The page itself shows the outage notice.
    if (isDatabaseUnavailable(error)) return false;
    throw error;
  }
}
