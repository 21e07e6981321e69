// Which action forms a volunteer's page offers: only what the lifecycle
// allows now (lib/volunteers/lifecycle.ts), the most likely next step first and open.
import type { RequestAction } from "../request-action-kit";
import type { VolunteerDetail } from "@/lib/volunteers/get-volunteer-detail";
import { formatMoment } from "../request-format";
import {
  CancelIntakeForm,
  IntakeOutcomeForm,
  PauseForm,
  PlanIntakeForm,
  ProfileForm,
  ResumeForm,
  ScreeningForm,
  StopForm,
  VolunteerNoteForm,
} from "./volunteer-action-forms";

export interface VolunteerActionSet {
  planIntake: RequestAction;
  cancelIntake: RequestAction;
  recordIntakeOutcome: RequestAction;
  recordScreening: RequestAction;
  pause: RequestAction;
  resume: RequestAction;
  stop: RequestAction;
  updateProfile: RequestAction;
  addNote: RequestAction;
}

export function VolunteerActions({
  v,
  actions,
  neighbourhoods,
  today,
}: {
  v: VolunteerDetail;
  actions: VolunteerActionSet;
  neighbourhoods: { value: string; label: string }[];
  today: string;
}) {
  const id = v.id;
  const s = v.status;
  const profile = {
    activities: v.activities,
    neighbourhood: v.neighbourhood?.slug ?? "",
    travelRange: v.travelRange,
    languages: v.languages,
    availability: v.availability,
    maxActiveLinks: String(v.maxActiveLinks),
  };
  return (
    <section aria-labelledby="acties-titel" className="mt-8">
      <h2 id="acties-titel" className="mb-3 text-2xl font-bold">
        Wat kan je doen?
      </h2>
      {s === "APPLIED" ? (
        <PlanIntakeForm
          action={actions.planIntake}
          volunteerId={id}
          primary
          slots={v.freeIntakeSlots.map((at) => ({ value: at.toISOString(), label: formatMoment(at) }))}
        />
      ) : null}
      {s === "INTAKE_PLANNED" ? (
        <>
          <IntakeOutcomeForm action={actions.recordIntakeOutcome} volunteerId={id} primary />
          <CancelIntakeForm action={actions.cancelIntake} volunteerId={id} />
        </>
      ) : null}
      {s === "SCREENING" ? (
        <ScreeningForm action={actions.recordScreening} volunteerId={id} primary today={today} />
      ) : null}
      {s === "ACTIVE" ? (
        <PauseForm
          action={actions.pause}
          volunteerId={id}
          primary={v.pauseRequestedAt !== null}
          requested={v.pauseRequestedAt !== null}
        />
      ) : null}
      {s === "PAUSED" ? <ResumeForm action={actions.resume} volunteerId={id} primary /> : null}
      {s !== "STOPPED" ? (
        <ProfileForm
          action={actions.updateProfile}
          volunteerId={id}
          profile={profile}
          neighbourhoods={neighbourhoods}
        />
      ) : null}
      <VolunteerNoteForm action={actions.addNote} volunteerId={id} />
      {v.next.includes("STOPPED") ? <StopForm action={actions.stop} volunteerId={id} /> : null}
    </section>
  );
}
