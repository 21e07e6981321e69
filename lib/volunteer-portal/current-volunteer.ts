import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { VolunteerActor } from "@/lib/auth/actor";
import { getClientKey } from "@/lib/request-context/client-key";
import { readVolunteerCookie } from "./volunteer-cookie";
import { validateVolunteerSession } from "./volunteer-sessions";

export interface CurrentVolunteer {
  firstName: string;
  status: string;
  sessionToken: string;
  actor: VolunteerActor;
}

/** The signed-in volunteer of this request, checked against the server-side session; null when none. */
export const getCurrentVolunteer = cache(async (): Promise<CurrentVolunteer | null> => {
  const token = await readVolunteerCookie();
  const session = await validateVolunteerSession(token);
  if (!session || !token) return null;
  return {
    firstName: session.firstName,
    status: session.status,
    sessionToken: token,
    actor: {
      kind: "volunteer",
      volunteerId: session.volunteerId,
      ipHash: await getClientKey(),
      userAgent: (await headers()).get("user-agent"),
    },
  };
});

/** The guard of every volunteer page and action: signed in, else to the sign-in page. */
export async function requireVolunteer(): Promise<CurrentVolunteer> {
  const volunteer = await getCurrentVolunteer();
  if (!volunteer) redirect("/vrijwilliger/aanmelden");
  return volunteer;
}
