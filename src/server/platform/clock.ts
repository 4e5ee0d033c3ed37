/** Services read time only through a clock, so tests can move it and no code reads the host's zone. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stays where it is set; for tests of expiry. */
export function fixedClock(start: Date): Clock & { advance(ms: number): void; set(d: Date): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
    set: (d) => {
      current = new Date(d);
    },
  };
}

/** Today (UTC) as YYYY-MM-DD, from the service clock: what due and expiry dates are compared with. */
export const todayOf = (clock: Clock) => clock.now().toISOString().slice(0, 10);
