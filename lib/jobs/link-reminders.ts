// The follow-up of running links: the coordinator is asked for a check-in
// when one is due (a week after the start, then monthly), and alerted when
// an active link has had no logged contact for 14 days. Each reminder is
// sent once: the link is claimed with a conditional UPDATE … RETURNING, so
// two instances running at once can't both send it (Postgres makes the
// second wait for the row lock and re-check the condition). Claim, mails,
// timeline and audit are one transaction.
import { prisma, type Db } from "@/lib/db";
import { requestUrl } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue-mail";
import { addLinkTimelineEvent, auditLinkAction } from "@/lib/volunteer-links/change-link";
import { volunteerCoordinatorRecipients } from "@/lib/volunteer-links/coordinator-recipients";
import { NO_CONTACT_ALERT_DAYS } from "@/lib/volunteer-links/lifecycle";

export const LINK_REMINDERS_ACTOR_LABEL = "systeem: opvolging koppelingen";

interface ClaimedLink {
  id: string;
  helpRequestId: string;
  reference: string;
}

export interface LinkRemindersResult {
  /** Links whose check-in reminder was sent in this run. */
  checkIns: string[];
  /** Links whose no-contact alert was sent in this run. */
  noContact: string[];
  mails: number;
}

function checkInMail(link: ClaimedLink) {
  return {
    subject: `Opvolggesprek: koppeling bij ${link.reference}`,
    text: [
      `Het is tijd voor een opvolggesprek over de koppeling bij aanvraag ${link.reference}.`,
      "Vraag aan de vrijwilliger en de persoon hoe het gaat, en noteer het gesprek bij de koppeling.",
      "",
      `Open de aanvraag: ${requestUrl(link.helpRequestId)}`,
      "",
      "Je krijgt deze e-mail omdat je vrijwilligers begeleidt.",
    ].join("\n"),
  };
}

function noContactMail(link: ClaimedLink) {
  return {
    subject: `Geen contact: koppeling bij ${link.reference}`,
    text: [
      `Bij de koppeling van aanvraag ${link.reference} is al ${NO_CONTACT_ALERT_DAYS} dagen geen contact genoteerd.`,
      "Vraag de vrijwilliger hoe het gaat.",
      "",
      `Open de aanvraag: ${requestUrl(link.helpRequestId)}`,
      "",
      "Je krijgt deze e-mail omdat je vrijwilligers begeleidt.",
    ].join("\n"),
  };
}

export async function runLinkReminders({
  db = prisma,
  now = new Date(),
}: { db?: Db; now?: Date } = {}): Promise<LinkRemindersResult> {
  const silentSince = new Date(now.getTime() - NO_CONTACT_ALERT_DAYS * 86_400_000);
  return db.$transaction(
    async (tx) => {
      const checkIns = await tx.$queryRaw<ClaimedLink[]>`
        WITH claimed AS (
          UPDATE "VolunteerLink"
          SET "checkInRemindedAt" = ${now}, "updatedAt" = ${now}
          WHERE "status" = 'ACTIVE'
            AND "nextCheckInAt" <= ${now}
            AND "checkInRemindedAt" IS NULL
          RETURNING "id", "helpRequestId")
        SELECT c."id", c."helpRequestId", h."reference"
        FROM claimed c JOIN "HelpRequest" h ON h."id" = c."helpRequestId"
        ORDER BY h."reference"`;
      const silent = await tx.$queryRaw<ClaimedLink[]>`
        WITH claimed AS (
          UPDATE "VolunteerLink"
          SET "noContactAlertedAt" = ${now}, "updatedAt" = ${now}
          WHERE "status" = 'ACTIVE'
            AND "noContactAlertedAt" IS NULL
            AND COALESCE("lastContactAt", "startedAt") <= ${silentSince}
          RETURNING "id", "helpRequestId")
        SELECT c."id", c."helpRequestId", h."reference"
        FROM claimed c JOIN "HelpRequest" h ON h."id" = c."helpRequestId"
        ORDER BY h."reference"`;

      const recipients = checkIns.length + silent.length > 0 ? await volunteerCoordinatorRecipients(tx) : [];
      let mails = 0;
      for (const link of checkIns) {
        for (const to of recipients) await queueMail(tx, { to, ...checkInMail(link) }, { now });
        mails += recipients.length;
        await auditLinkAction(
          tx,
          null,
          "check-in-reminder",
          link,
          link.reference,
          now,
          {
            recipients: recipients.length,
          },
          LINK_REMINDERS_ACTOR_LABEL,
        );
      }
      for (const link of silent) {
        for (const to of recipients) await queueMail(tx, { to, ...noContactMail(link) }, { now });
        mails += recipients.length;
        await addLinkTimelineEvent(tx, null, link, now, {
          type: "LINK_NO_CONTACT_ALERT",
          note: `Al ${NO_CONTACT_ALERT_DAYS} dagen geen contact genoteerd bij deze koppeling. E-mail naar ${recipients.length === 1 ? "1 adres" : `${recipients.length} adressen`}.`,
          data: { recipients: recipients.length },
        });
        await auditLinkAction(
          tx,
          null,
          "no-contact-alert",
          link,
          link.reference,
          now,
          {
            recipients: recipients.length,
          },
          LINK_REMINDERS_ACTOR_LABEL,
        );
      }
      return { checkIns: checkIns.map((l) => l.id), noContact: silent.map((l) => l.id), mails };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
