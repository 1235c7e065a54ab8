/**
 * A time-weighted statistic: the average of a level that holds between
 * changes, such as the number of busy servers or of customers waiting. Like a
 * car park's occupancy averaged over the day, not over the arrivals.
 */
import { DOUBLE_ZERO } from './doubleZero.js';

export class TimeWeighted {
  private area = DOUBLE_ZERO;
  // Doubles from the start (see DOUBLE_ZERO): declared without a value, a field holds each number it is
  // given as a new heap object, and these change at every event that moves the level.
  private lastTime = DOUBLE_ZERO;
  private current = DOUBLE_ZERO;
  private peak = DOUBLE_ZERO;
  private readonly startTime: number;

  constructor(startTime = 0, initial = 0) {
    this.startTime = startTime;
    this.lastTime = startTime;
    this.current = initial;
    this.peak = initial;
  }

  /** Records that the level changed to `value` at time `now`. */
  set(value: number, now: number): void {
    this.area += this.current * (now - this.lastTime);
    this.lastTime = now;
    this.current = value;
    if (value > this.peak) this.peak = value;
  }

  /** The level now. */
  get value(): number {
    return this.current;
  }

  /** The highest level seen. */
  get max(): number {
    return this.peak;
  }

  /** Integral of the level from the start to `now`. */
  integral(now: number): number {
    return this.area + this.current * (now - this.lastTime);
  }

  /** Time average of the level from the start to `now`; the level itself over an empty span. */
  mean(now: number): number {
    const span = now - this.startTime;
    return span > 0 ? this.integral(now) / span : this.current;
  }
}
