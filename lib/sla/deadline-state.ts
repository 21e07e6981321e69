// Where a request stands on the 24-hour clock, in a state (for colour and
// sorting) and in words (because colour alone is never enough): "nog 3 u 20
// min", "2 u te laat", "contact gelegd, op tijd". Pure; `now` is passed in.
import type { HelpRequestStatus } from "@/lib/generated/prisma/enums";

/**
 * - NEW: received less than an hour ago, nobody reached yet, plenty of time
 * - ON_TIME: nobody reached yet, 4 hours or more left
 * - DUE_SOON: nobody reached yet, less than 4 hours left (amber)
 * - OVERDUE: nobody reached yet, deadline passed (red)
 * - MET: the first contact is logged (the clock stopped), on time or late
 * - STOPPED: closed or withdrawn without a first contact: the clock no longer runs
 */
export type DeadlineState = "NEW" | "ON_TIME" | "DUE_SOON" | "OVERDUE" | "MET" | "STOPPED";

export const DEADLINE_STATES = ["NEW", "ON_TIME", "DUE_SOON", "OVERDUE", "MET", "STOPPED"] as const;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Less than this left: due soon (warned by the SLA job). */
export const DUE_SOON_MS = 4 * HOUR;
/** Received less than this ago: shown as new. */
export const NEW_WINDOW_MS = HOUR;

export interface DeadlineFacts {
  status: HelpRequestStatus;
  receivedAt: Date;
  dueAt: Date;
  firstContactAt: Date | null;
}

export const DEADLINE_LABELS: Readonly<Record<DeadlineState, string>> = {
  NEW: "Nieuw",
  ON_TIME: "Op tijd",
  DUE_SOON: "Bijna te laat",
  OVERDUE: "Te laat",
  MET: "Contact gelegd",
  STOPPED: "Geen termijn meer",
};

/** How a page may colour the state (always next to the words, never instead of them). */
export const DEADLINE_TONES: Readonly<
  Record<DeadlineState, "info" | "neutral" | "warning" | "danger" | "success">
> = {
  NEW: "info",
  ON_TIME: "neutral",
  DUE_SOON: "warning",
  OVERDUE: "danger",
  MET: "success",
  STOPPED: "neutral",
};

export function deadlineState(request: DeadlineFacts, now: Date): DeadlineState {
  if (request.firstContactAt) return "MET";
  if (request.status === "CLOSED" || request.status === "WITHDRAWN") return "STOPPED";
  const left = request.dueAt.getTime() - now.getTime();
  if (left <= 0) return "OVERDUE";
  if (left < DUE_SOON_MS) return "DUE_SOON";
  if (now.getTime() - request.receivedAt.getTime() < NEW_WINDOW_MS) return "NEW";
  return "ON_TIME";
}

/**
 * A duration the way staff say it, rounded down to the minute: "45 min",
 * "3 u 20 min", "3 u", "1 dag 2 u", "3 dagen". Under a minute: "minder dan 1 min".
 */
export function formatDutchDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return "minder dan 1 min";
  if (abs < HOUR) return `${Math.floor(abs / MINUTE)} min`;
  if (abs < DAY) {
    const hours = Math.floor(abs / HOUR);
    const minutes = Math.floor((abs % HOUR) / MINUTE);
    return minutes === 0 ? `${hours} u` : `${hours} u ${minutes} min`;
  }
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const dayWord = days === 1 ? "1 dag" : `${days} dagen`;
  return hours === 0 ? dayWord : `${dayWord} ${hours} u`;
}

export interface DeadlineView {
  state: DeadlineState;
  label: string;
  /** "nog 3 u 20 min", "2 u te laat", "contact gelegd, op tijd", … */
  words: string;
  /** Milliseconds left until the deadline (negative when passed); null once the clock stopped. */
  msLeft: number | null;
  /** For MET: the first contact came after the deadline. */
  late: boolean;
}

export function describeDeadline(request: DeadlineFacts, now: Date): DeadlineView {
  const state = deadlineState(request, now);
  const label = DEADLINE_LABELS[state];
  if (state === "MET") {
    const lateBy = request.firstContactAt!.getTime() - request.dueAt.getTime();
    const late = lateBy > 0;
    return {
      state,
      label,
      words: late ? `contact gelegd, ${formatDutchDuration(lateBy)} te laat` : "contact gelegd, op tijd",
      msLeft: null,
      late,
    };
  }
  if (state === "STOPPED") {
    return {
      state,
      label,
      words: request.status === "WITHDRAWN" ? "ingetrokken zonder contact" : "afgesloten zonder contact",
      msLeft: null,
      late: false,
    };
  }
  const msLeft = request.dueAt.getTime() - now.getTime();
  return {
    state,
    label,
    words: msLeft > 0 ? `nog ${formatDutchDuration(msLeft)}` : `${formatDutchDuration(msLeft)} te laat`,
    msLeft,
    late: msLeft <= 0,
  };
}
