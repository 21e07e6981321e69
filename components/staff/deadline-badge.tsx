import type { DeadlineView } from "@/lib/sla/deadline-state";

const TONES: Record<DeadlineView["state"], string> = {
  NEW: "border-blue-800 bg-blue-50 text-blue-950",
  ON_TIME: "border-gray-500 bg-white text-ink",
  DUE_SOON: "border-amber-800 bg-amber-100 text-amber-950",
  OVERDUE: "border-red-800 bg-red-100 text-red-950",
  MET: "border-green-800 bg-green-50 text-green-950",
  STOPPED: "border-gray-500 bg-gray-50 text-ink",
};

/** Where a request stands on the 24-hour clock: a word, the time left, and a colour (never the colour alone). */
export function DeadlineBadge({ deadline }: { deadline: DeadlineView }) {
  return (
    <span
      className={`inline-block rounded border-2 px-2 py-0.5 text-sm leading-snug font-bold ${TONES[deadline.state]}`}
    >
      {deadline.label}
      <span className="font-normal"> · {deadline.words}</span>
    </span>
  );
}
