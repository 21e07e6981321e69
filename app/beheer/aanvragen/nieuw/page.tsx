import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { IntakeForm } from "@/components/staff/intake-form";
import { requireStaff } from "@/lib/auth/current-staff";
import { listNeighbourhoods } from "@/lib/content/list-neighbourhoods";
import { listReferralTargets } from "@/lib/help-requests/list-referral-targets";
import { registerIntakeAction } from "./actions";
import { initialIntakeState } from "./intake-state";

export const metadata: Metadata = { title: "Nieuwe aanvraag" };

/** Registering a call to the free number, or a request passed on by a partner. */
export default async function IntakePage() {
  const staff = await requireStaff("request:create");
  const [neighbourhoods, organisations] = await Promise.all([
    listNeighbourhoods(),
    listReferralTargets(staff.actor),
  ]);
  return (
    <>
      <h1 className="text-3xl font-extrabold">Nieuwe aanvraag</h1>
      <p className="mt-3 mb-8 max-w-2xl text-lg">
        Voor een oproep naar het gratis nummer of een vraag van een partner. Alles werkt met het toetsenbord:
        Tab naar het volgende veld, pijltjes en spatie om te kiezen, Enter om te registreren.
      </p>
      <IntakeForm
        action={registerIntakeAction}
        initialState={initialIntakeState(randomUUID())}
        neighbourhoods={neighbourhoods.map((n) => ({ value: n.slug, label: n.name }))}
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
    </>
  );
}
