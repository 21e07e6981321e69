import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RequestConfirmation } from "@/components/staff/request-confirmation";
import { brusselsToday } from "@/components/staff/request-format";
import { VolunteerActions } from "@/components/staff/volunteers/volunteer-actions";
import {
  VolunteerHeader,
  VolunteerHistory,
  VolunteerLinks,
  VolunteerNotes,
  VolunteerProfile,
} from "@/components/staff/volunteers/volunteer-detail";
import { volunteerDoneMessage } from "@/components/staff/volunteers/volunteer-done-messages";
import { requireStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { isDomainError } from "@/lib/help-requests/domain-error";
import { getVolunteerDetail, type VolunteerDetail } from "@/lib/volunteers/get-volunteer-detail";
import {
  addVolunteerNoteAction,
  cancelIntakeAction,
  pauseVolunteerAction,
  planIntakeAction,
  recordIntakeOutcomeAction,
  recordScreeningAction,
  resumeVolunteerAction,
  stopVolunteerAction,
  updateVolunteerProfileAction,
} from "./actions";

// No personal data in the title: it shows in tabs, history and screen-reader announcements.
export const metadata: Metadata = { title: "Vrijwilliger" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const ACTIONS = {
  planIntake: planIntakeAction,
  cancelIntake: cancelIntakeAction,
  recordIntakeOutcome: recordIntakeOutcomeAction,
  recordScreening: recordScreeningAction,
  pause: pauseVolunteerAction,
  resume: resumeVolunteerAction,
  stop: stopVolunteerAction,
  updateProfile: updateVolunteerProfileAction,
  addNote: addVolunteerNoteAction,
};

/** One volunteer: profile, load, links, history, coaching notes, and what can be done now. */
export default async function VolunteerPage({ params, searchParams }: Props) {
  const staff = await requireStaff("volunteer:read");
  const { id } = await params;
  let v: VolunteerDetail;
  try {
    // Writes the view to the audit log before it returns the data.
    v = await getVolunteerDetail(staff.actor, { volunteerId: id });
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  const canManage = can(staff.user.role, "volunteer:manage");
  const neighbourhoods = canManage ? await listNeighbourhoods() : [];
  const done = volunteerDoneMessage((await searchParams).gedaan);
  const latest = v.events.at(-1)?.id ?? "none";
  return (
    <>
      <p className="mb-4">
        <Link
          href="/beheer/vrijwilligers"
          className="text-brand-700 inline-flex min-h-11 items-center underline underline-offset-4"
        >
          Terug naar de vrijwilligers
        </Link>
      </p>
      {done ? <RequestConfirmation key={`done-${latest}`} message={done} /> : null}
      <VolunteerHeader v={v} />
      {canManage ? (
        // Remounted after every change: the forms start clean, with the new state.
        <VolunteerActions
          key={latest}
          v={v}
          actions={ACTIONS}
          neighbourhoods={neighbourhoods.map((n) => ({ value: n.slug, label: n.name }))}
          today={brusselsToday()}
        />
      ) : null}
      <VolunteerProfile v={v} />
      <VolunteerLinks v={v} />
      <VolunteerHistory v={v} />
      <VolunteerNotes v={v} />
    </>
  );
}
