import type { Metadata } from "next";
import { PageHeader } from "@/components/public/page-header";
import { PauseForm } from "@/components/volunteer-portal/link-forms";
import { VolunteerBar } from "@/components/volunteer-portal/volunteer-bar";
import { requireVolunteer } from "@/lib/volunteer-portal/current-volunteer";
import { requestPauseAction } from "../actions";

export const metadata: Metadata = { title: "Pauze vragen", robots: { index: false } };

export default async function PausePage() {
  const volunteer = await requireVolunteer();
  const paused = volunteer.status === "PAUSED";
  return (
    <>
      <VolunteerBar firstName={volunteer.firstName} />
      <PageHeader
        title="Pauze vragen"
        lead={
          paused
            ? "Je pauze loopt al. Wil je weer helpen? Laat het de coördinator weten."
            : "Even geen tijd of zin? Dat mag. De coördinator belt je om het samen te regelen, ook voor de mensen met wie je gekoppeld bent."
        }
      />
      {paused ? null : <PauseForm action={requestPauseAction} />}
    </>
  );
}
