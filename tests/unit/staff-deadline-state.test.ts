import { describe, expect, it } from "vitest";
import {
  DEADLINE_LABELS,
  DEADLINE_STATES,
  DEADLINE_TONES,
  deadlineState,
  describeDeadline,
  formatDutchDuration,
  type DeadlineFacts,
} from "@/lib/sla/deadline-state";

const MIN = 60_000;
const HOUR = 60 * MIN;
const receivedAt = new Date("2026-11-23T09:00:00Z");
const dueAt = new Date(receivedAt.getTime() + 24 * HOUR);
const at = (msAfterReceived: number) => new Date(receivedAt.getTime() + msAfterReceived);
const open = (over: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  status: "NEW",
  receivedAt,
  dueAt,
  firstContactAt: null,
  ...over,
});

describe("deadlineState", () => {
  it("is NEW for the first hour, then ON_TIME while 4 hours or more are left", () => {
    expect(deadlineState(open(), at(0))).toBe("NEW");
    expect(deadlineState(open(), at(59 * MIN))).toBe("NEW");
    expect(deadlineState(open(), at(HOUR))).toBe("ON_TIME");
    expect(deadlineState(open(), at(20 * HOUR))).toBe("ON_TIME"); // exactly 4 h left
  });

  it("is DUE_SOON with less than 4 hours left, OVERDUE from the deadline on", () => {
    expect(deadlineState(open(), at(20 * HOUR + 1))).toBe("DUE_SOON");
    expect(deadlineState(open(), at(24 * HOUR - 1))).toBe("DUE_SOON");
    expect(deadlineState(open(), at(24 * HOUR))).toBe("OVERDUE");
    expect(deadlineState(open({ status: "ASSESSED" }), at(30 * HOUR))).toBe("OVERDUE");
  });

  it("is DUE_SOON rather than NEW when a short deadline makes a fresh request urgent", () => {
    const short = open({ dueAt: at(2 * HOUR) });
    expect(deadlineState(short, at(10 * MIN))).toBe("DUE_SOON");
  });

  it("is MET once the first contact is logged, on time or not, also after closing", () => {
    expect(deadlineState(open({ status: "CONTACTED", firstContactAt: at(HOUR) }), at(30 * HOUR))).toBe("MET");
    expect(deadlineState(open({ status: "CLOSED", firstContactAt: at(26 * HOUR) }), at(50 * HOUR))).toBe(
      "MET",
    );
  });

  it("is STOPPED for a request closed or withdrawn before anyone was reached", () => {
    expect(deadlineState(open({ status: "CLOSED" }), at(30 * HOUR))).toBe("STOPPED");
    expect(deadlineState(open({ status: "WITHDRAWN" }), at(HOUR))).toBe("STOPPED");
  });

  it("has a Dutch label and a tone for every state", () => {
    for (const state of DEADLINE_STATES) {
      expect(DEADLINE_LABELS[state]).toBeTruthy();
      expect(DEADLINE_TONES[state]).toBeTruthy();
    }
    expect(DEADLINE_TONES.DUE_SOON).toBe("warning");
    expect(DEADLINE_TONES.OVERDUE).toBe("danger");
  });
});

describe("the clock in Dutch words", () => {
  it("formats durations the way staff say them", () => {
    expect(formatDutchDuration(30_000)).toBe("minder dan 1 min");
    expect(formatDutchDuration(MIN)).toBe("1 min");
    expect(formatDutchDuration(45 * MIN + 59_000)).toBe("45 min");
    expect(formatDutchDuration(3 * HOUR + 20 * MIN + 30_000)).toBe("3 u 20 min");
    expect(formatDutchDuration(2 * HOUR)).toBe("2 u");
    expect(formatDutchDuration(-2 * HOUR - 5 * MIN)).toBe("2 u 5 min");
    expect(formatDutchDuration(24 * HOUR)).toBe("1 dag");
    expect(formatDutchDuration(26 * HOUR + 10 * MIN)).toBe("1 dag 2 u");
    expect(formatDutchDuration(72 * HOUR)).toBe("3 dagen");
  });

  it("says how long is left, or how late it is", () => {
    expect(describeDeadline(open(), at(20 * HOUR + 40 * MIN)).words).toBe("nog 3 u 20 min");
    expect(describeDeadline(open(), at(26 * HOUR))).toMatchObject({
      state: "OVERDUE",
      label: "Te laat",
      words: "2 u te laat",
      msLeft: -2 * HOUR,
      late: true,
    });
    expect(describeDeadline(open(), at(10 * MIN))).toMatchObject({ state: "NEW", words: "nog 23 u 50 min" });
  });

  it("says whether the first contact came in time", () => {
    expect(
      describeDeadline(open({ status: "CONTACTED", firstContactAt: at(3 * HOUR) }), at(4 * HOUR)),
    ).toEqual({
      state: "MET",
      label: "Contact gelegd",
      words: "contact gelegd, op tijd",
      msLeft: null,
      late: false,
    });
    expect(
      describeDeadline(
        open({ status: "CONTACTED", firstContactAt: at(25 * HOUR + 30 * MIN) }),
        at(30 * HOUR),
      ),
    ).toMatchObject({ words: "contact gelegd, 1 u 30 min te laat", late: true });
    expect(describeDeadline(open({ status: "WITHDRAWN" }), at(HOUR)).words).toBe(
      "ingetrokken zonder contact",
    );
  });
});
