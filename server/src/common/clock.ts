/** Time as a dependency, so scheduled publishing and expiry can be tested with a controllable clock. */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
