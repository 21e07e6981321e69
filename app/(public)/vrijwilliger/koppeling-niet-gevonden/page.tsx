import type { Metadata } from "next";
import { LinkNotFound } from "@/components/volunteer-portal/link-not-found";
import { requireVolunteer } from "@/lib/volunteer-portal/current-volunteer";

export const metadata: Metadata = { title: "Koppeling niet gevonden", robots: { index: false } };

/**
 * proxy.ts rewrites a link the volunteer may not see to here, with status 404,
 * so the answer is in the HTML also without JavaScript.
 */
export default async function LinkNotFoundPage() {
  const volunteer = await requireVolunteer();
  return <LinkNotFound firstName={volunteer.firstName} />;
}
