// The "Wat nu?" part of a request's page: only the actions the lifecycle
// allows in the current status, the most likely next step first and open.
// The server refuses the others anyway (lib/help-requests/lifecycle.ts).
import type { ReactNode } from "react";
import type { SubjectConsent } from "@/lib/generated/prisma/enums";
import type { RequestDetail } from "@/lib/help-requests/get-request-detail";
import type { RequestAction } from "@/lib/help-requests/lifecycle";
import type { ReferralTarget } from "@/lib/help-requests/list-referral-targets";
import {
  AssessForm,
  AssignForm,
  CloseForm,
  ContactAttemptForm,
  FirstContactForm,
  NoteForm,
  SubjectConsentForm,
  WithdrawForm,
  type Choice,
} from "./request-action-forms";
import type { RequestAction as ActionFn } from "./request-action-kit";
import { CompleteFollowUpForm, PlanFollowUpForm, ReferForm } from "./request-referral-forms";
import { brusselsToday, formatMoment } from "./request-format";
import { planActions, possibleConsents, possibleOutcomes } from "./request-next-steps";

export type RequestActionFns = Record<
  | "logContactAttempt"
  | "logFirstContact"
  | "assess"
  | "assign"
  | "recordSubjectConsent"
  | "refer"
  | "planFollowUp"
  | "completeFollowUp"
  | "close"
  | "withdraw"
  | "addNote",
  ActionFn
>;

const CONSENT_CHOICES: Record<SubjectConsent, Choice | null> = {
  NOT_APPLICABLE: null,
  REPORTED: null,
  ASKED: { value: "ASKED", label: "Ik heb het de persoon gevraagd, we wachten op een antwoord" },
  CONSENTED: { value: "CONSENTED", label: "De persoon gaat akkoord" },
  DECLINED: {
    value: "DECLINED",
    label: "De persoon wil geen hulp",
    hint: "De aanvraag wordt dan meteen afgesloten.",
  },
};

export function RequestActions({
  detail,
  fns,
  staff,
  referralTargets,
  meId,
}: {
  detail: RequestDetail;
  fns: RequestActionFns;
  staff: readonly { id: string; name: string }[];
  referralTargets: readonly ReferralTarget[];
  meId: string;
}) {
  const closeFacts = {
    hasLink: detail.links.some((l) => l.status !== "DECLINED"),
    hasReferral: detail.referrals.length > 0,
    contactAttempts: detail.timeline.filter((e) => e.type === "CONTACT_ATTEMPT").length,
  };
  const openFollowUps = detail.followUps.filter((f) => !f.doneAt);
  const { actions, primary } = planActions({
    ...closeFacts,
    status: detail.status,
    subjectConsent: detail.subjectConsent,
    allowed: detail.actions,
    openFollowUps: openFollowUps.length,
    referralTargets: referralTargets.length,
  });
  const requestId = detail.id;

  const render = (action: RequestAction): ReactNode => {
    const common = { requestId, primary: action === primary };
    switch (action) {
      case "log-first-contact":
        return (
          <FirstContactForm
            action={fns.logFirstContact}
            {...common}
            personName={detail.person.firstName}
            reporterName={detail.reporter?.firstName ?? null}
          />
        );
      case "log-contact-attempt":
        return <ContactAttemptForm action={fns.logContactAttempt} {...common} />;
      case "assess":
        return (
          <AssessForm
            action={fns.assess}
            {...common}
            again={detail.assessedAt !== null}
            current={{
              needs: detail.needs,
              lonelinessTypes: detail.lonelinessTypes,
              urgency: detail.urgency ?? "",
              ageGroup: detail.ageGroup ?? "",
            }}
          />
        );
      case "assign":
        return (
          <AssignForm
            action={fns.assign}
            {...common}
            staff={staff}
            currentAssigneeId={detail.assigneeId}
            meId={meId}
          />
        );
      case "record-subject-consent":
        return (
          <SubjectConsentForm
            action={fns.recordSubjectConsent}
            {...common}
            choices={possibleConsents(detail.subjectConsent)
              .map((c) => CONSENT_CHOICES[c])
              .filter((c): c is Choice => c !== null)}
          />
        );
      case "refer":
        return (
          <ReferForm
            action={fns.refer}
            {...common}
            organisations={referralTargets.map((t) => ({
              id: t.id,
              name: t.name,
              offers: t.offers.map((o) => ({ id: o.id, title: o.title })),
            }))}
          />
        );
      case "plan-follow-up":
        return (
          <PlanFollowUpForm
            action={fns.planFollowUp}
            {...common}
            staff={staff}
            meId={meId}
            today={brusselsToday()}
          />
        );
      case "complete-follow-up":
        return (
          <CompleteFollowUpForm
            action={fns.completeFollowUp}
            primary={common.primary}
            followUps={openFollowUps.map((f) => ({
              id: f.id,
              label: `${formatMoment(f.dueAt)}${f.assignee ? ` · ${f.assignee.name}` : ""}${f.note ? ` · ${f.note}` : ""}`,
            }))}
          />
        );
      case "close":
        return (
          <CloseForm
            action={fns.close}
            {...common}
            outcomes={possibleOutcomes(detail.status, closeFacts).map((o) => ({
              value: o.value,
              label: o.label,
            }))}
          />
        );
      case "withdraw":
        return <WithdrawForm action={fns.withdraw} {...common} />;
      case "add-note":
        return <NoteForm action={fns.addNote} {...common} />;
    }
  };

  return (
    <section aria-labelledby="acties" className="bg-brand-50 mt-10 rounded-md p-4 sm:p-6">
      <h2 id="acties" className="mb-4 text-2xl font-bold">
        Wat nu?
      </h2>
      {actions.map((action) => (
        <div key={action}>{render(action)}</div>
      ))}
    </section>
  );
}
