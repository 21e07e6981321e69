import { describe, expect, it } from "vitest";
import { linkPlan, type PlanInput } from "@/lib/volunteer-links/link-plan";

const DAY = 86_400_000;
const start = new Date("2026-11-02T09:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);
const recurring: PlanInput = {
  kind: "RECURRING",
  timesPerWeek: 2,
  durationWeeks: 3,
  startsOn: start,
  startedAt: null,
};

describe("linkPlan", () => {
  it("a one-off link is done after one contact", () => {
    const link: PlanInput = {
      kind: "ONE_OFF",
      timesPerWeek: null,
      durationWeeks: null,
      startsOn: null,
      startedAt: start,
    };
    expect(linkPlan(link, [], at(1))).toEqual({ kind: "ONE_OFF", done: false, contacts: 0 });
    expect(linkPlan(link, [{ occurredAt: at(1) }], at(1))).toEqual({
      kind: "ONE_OFF",
      done: true,
      contacts: 1,
    });
  });

  it("cuts a recurring plan into weeks with what was due and what was done", () => {
    const plan = linkPlan(
      recurring,
      [{ occurredAt: at(0.5) }, { occurredAt: at(3) }, { occurredAt: at(8) }],
      at(9),
    );
    if (plan.kind !== "RECURRING") throw new Error("expected a recurring plan");
    expect(plan.weeks.map((w) => [w.number, w.due, w.done, w.when])).toEqual([
      [1, 2, 2, "past"],
      [2, 2, 1, "current"],
      [3, 2, 0, "future"],
    ]);
    expect(plan.weeks[1]?.startsAt).toEqual(at(7));
    expect(plan).toMatchObject({ planned: true, totalDue: 6, totalDone: 3, finished: false, onTrack: true });
  });

  it("is off track when a past week got fewer contacts than due", () => {
    const plan = linkPlan(recurring, [{ occurredAt: at(1) }], at(7));
    expect(plan).toMatchObject({ kind: "RECURRING", onTrack: false, finished: false });
  });

  it("is finished when the last week is over; contacts after the plan are not counted", () => {
    const contacts = [0, 1, 7, 8, 14, 15, 22].map((d) => ({ occurredAt: at(d) }));
    const plan = linkPlan(recurring, contacts, at(21));
    expect(plan).toMatchObject({ kind: "RECURRING", finished: true, onTrack: true, totalDone: 6 });
    expect(linkPlan(recurring, contacts, at(20.9))).toMatchObject({ finished: false });
  });

  it("starts from the actual start when no first day was agreed, and counts earlier contacts in week 1", () => {
    const plan = linkPlan({ ...recurring, startsOn: null, startedAt: at(2) }, [{ occurredAt: at(1) }], at(3));
    if (plan.kind !== "RECURRING") throw new Error("expected a recurring plan");
    expect(plan.weeks[0]).toMatchObject({ startsAt: at(2), done: 1, when: "current" });
  });

  it("has no weeks without numbers or before the start", () => {
    expect(linkPlan({ ...recurring, timesPerWeek: null }, [], at(1))).toMatchObject({
      planned: false,
      weeks: [],
    });
    expect(linkPlan({ ...recurring, startsOn: null }, [], at(1))).toMatchObject({
      planned: false,
      weeks: [],
    });
  });
});
