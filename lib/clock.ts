// A time source that tests can control. Domain functions take `now` as an
// argument; long-running things (the job scheduler) take a Clock instead.

export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export interface ManualClock extends Clock {
  set(instant: Date): void;
  advance(ms: number): void;
}

/** A clock that stands still until told otherwise. */
export function manualClock(start: Date): ManualClock {
  let current = start.getTime();
  const clock = (() => new Date(current)) as ManualClock;
  clock.set = (instant) => {
    current = instant.getTime();
  };
  clock.advance = (ms) => {
    current += ms;
  };
  return clock;
}
