// Pure: what a link's plan asked for and what was done. A recurring link
// ("call twice a week for six weeks") is cut into weeks from its start; each
// week shows the contacts due and the contacts logged. A one-off link is
// done after one contact. The request page and the volunteer's page both
// read this.
import type { LinkKind } from "@/lib/generated/prisma/enums";

const WEEK_MS = 7 * 86_400_000;

export interface PlanInput {
  kind: LinkKind;
  timesPerWeek: number | null;
  durationWeeks: number | null;
  /** The agreed first day; the actual start when none was agreed. */
  startsOn: Date | null;
  startedAt: Date | null;
}

export interface PlanWeek {
  /** 1 for the first week. */
  number: number;
  startsAt: Date;
  /** Exclusive. */
  endsAt: Date;
  due: number;
  done: number;
  when: "past" | "current" | "future";
}

export type LinkPlan =
  | { kind: "ONE_OFF"; done: boolean; contacts: number }
  | {
      kind: "RECURRING";
      /** False when no numbers (times a week, weeks) were agreed, or it hasn't started yet. */
      planned: boolean;
      weeks: PlanWeek[];
      totalDue: number;
      totalDone: number;
      /** The last week is over. */
      finished: boolean;
      /** Every past week got what it was due. */
      onTrack: boolean;
    };

export function linkPlan(link: PlanInput, contacts: readonly { occurredAt: Date }[], now: Date): LinkPlan {
  if (link.kind === "ONE_OFF")
    return { kind: "ONE_OFF", done: contacts.length > 0, contacts: contacts.length };

  const start = link.startsOn ?? link.startedAt;
  const { timesPerWeek, durationWeeks } = link;
  if (!start || !timesPerWeek || !durationWeeks || timesPerWeek < 1 || durationWeeks < 1) {
    return {
      kind: "RECURRING",
      planned: false,
      weeks: [],
      totalDue: 0,
      totalDone: 0,
      finished: false,
      onTrack: true,
    };
  }

  const done = new Array<number>(durationWeeks).fill(0);
  for (const { occurredAt } of contacts) {
    // A contact before the agreed first day counts for the first week.
    const index = Math.max(0, Math.floor((occurredAt.getTime() - start.getTime()) / WEEK_MS));
    if (index < durationWeeks) done[index] = (done[index] ?? 0) + 1;
  }
  const weeks: PlanWeek[] = done.map((count, i) => {
    const startsAt = new Date(start.getTime() + i * WEEK_MS);
    const endsAt = new Date(startsAt.getTime() + WEEK_MS);
    const when = now >= endsAt ? "past" : now >= startsAt ? "current" : "future";
    return { number: i + 1, startsAt, endsAt, due: timesPerWeek, done: count, when };
  });
  const last = weeks[weeks.length - 1];
  return {
    kind: "RECURRING",
    planned: true,
    weeks,
    totalDue: timesPerWeek * durationWeeks,
    totalDone: done.reduce((a, b) => a + b, 0),
    finished: last !== undefined && now >= last.endsAt,
    onTrack: weeks.every((w) => w.when !== "past" || w.done >= w.due),
  };
}
