import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { asksLeftOut } from "@/components/staff/links/suggestions-section";
import { RequestActions } from "@/components/staff/request-actions";
import { RequestConfirmation } from "@/components/staff/request-confirmation";
import {
  RequestFollowUps,
  RequestHeader,
  RequestMeasurements,
  RequestNeeds,
  RequestPeople,
  RequestReferrals,
  RequestTimeline,
} from "@/components/staff/request-detail";
import { doneMessage } from "@/components/staff/request-done-messages";
import { requireStaff } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { isDomainError } from "@/lib/help-requests/domain-error";
import { getRequestDetail, type RequestDetail } from "@/lib/help-requests/get-request-detail";
import { listAssignableStaff } from "@/lib/help-requests/list-assignable-staff";
import { listReferralTargets } from "@/lib/help-requests/list-referral-targets";
import {
  addNoteAction,
  assessAction,
  assignAction,
  closeAction,
  completeFollowUpAction,
  logContactAttemptAction,
  logFirstContactAction,
  planFollowUpAction,
  recordSubjectConsentAction,
  referAction,
  withdrawAction,
} from "./actions";

// No personal data in the title: it shows in tabs, history and screen-reader announcements.
export const metadata: Metadata = { title: "Aanvraag" };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One request: who, what, where it stands on the clock, everything that happened, and what can be done now. */
export default async function RequestPage({ params, searchParams }: Props) {
  const staff = await requireStaff("request:read");
  const { id } = await params;
  let detail: RequestDetail;
  try {
    // Writes the view to the audit log before it returns the data.
    detail = await getRequestDetail(staff.actor, { requestId: id });
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
  const canUpdate = can(staff.user.role, "request:update");
  const [assignable, referralTargets] = canUpdate
    ? await Promise.all([listAssignableStaff(staff.actor), listReferralTargets(staff.actor)])
    : [[], []];
  const query = await searchParams;
  const done = doneMessage(query.gedaan);
  const latest = detail.timeline.at(-1)?.id ?? "none";

  return (
    <>
      <p className="mb-4">
        <Link
          href="/beheer/aanvragen"
          className="text-brand-700 inline-flex min-h-11 items-center underline underline-offset-4"
        >
          Terug naar de aanvragen
        </Link>
      </p>
      {/* A new key after every change, so a second confirmation is announced too. */}
      {done ? <RequestConfirmation key={`done-${latest}`} message={done} /> : null}
      <RequestHeader detail={detail} />
      <RequestPeople detail={detail} />
      <RequestNeeds detail={detail} showLeftOut={asksLeftOut(query)} />
      {canUpdate ? (
        // Remounted after every change: the forms start clean, with the new state of the request.
        <RequestActions
          key={`actions-${latest}`}
          detail={detail}
          staff={assignable}
          referralTargets={referralTargets}
          meId={staff.user.id}
          fns={{
            logContactAttempt: logContactAttemptAction,
            logFirstContact: logFirstContactAction,
            assess: assessAction,
            assign: assignAction,
            recordSubjectConsent: recordSubjectConsentAction,
            refer: referAction,
            planFollowUp: planFollowUpAction,
            completeFollowUp: completeFollowUpAction,
            close: closeAction,
            withdraw: withdrawAction,
            addNote: addNoteAction,
          }}
        />
      ) : (
        <p className="mt-10 rounded-md border-2 border-gray-400 p-4 text-lg">
          Je kan deze aanvraag bekijken, maar niet aanpassen.
        </p>
      )}
      <RequestTimeline detail={detail} />
      <RequestReferrals detail={detail} />
      <RequestFollowUps detail={detail} />
      <RequestMeasurements detail={detail} />
    </>
  );
}
