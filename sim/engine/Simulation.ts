/**
 * The discrete-event kernel: a clock and a diary of future events. Time jumps
 * from one event to the next, like a stage manager reading cues off a
 * timetable; nothing here knows what the events mean.
 *
 * Events carry a numeric kind (registered with a handler up front) and one
 * numeric argument, so the hot loop allocates nothing.
 */
import { DOUBLE_ZERO } from './doubleZero.js';
import { KeyedHeap, type HeapHandle } from './KeyedHeap.js';

/** Runs an event of one kind; `arg` is the number given when it was scheduled. */
export type EventHandler = (arg: number) => void;

/** A registered kind of event. */
export type EventKind = number;

/** Identifies a scheduled event so that it can be cancelled. */
export type EventHandle = HeapHandle;

export class Simulation {
  /** A double from the start (see DOUBLE_ZERO): it changes at every event, and a field declared without a value would hold each time as a new heap object. */
  private clock = DOUBLE_ZERO;
  private readonly diary: KeyedHeap;
  private readonly handlers: EventHandler[] = [];
  private processed = 0;
  private stopped = false;

  constructor(startTime = 0, initialCapacity = 1024) {
    this.clock = startTime;
    this.diary = new KeyedHeap(initialCapacity);
  }

  /** The simulated time now. */
  get now(): number {
    return this.clock;
  }

  /** Events waiting in the diary. */
  get pending(): number {
    return this.diary.size;
  }

  /** Events run so far. */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Time of the next event, or Infinity when none is due. */
  get nextTime(): number {
    return this.diary.peekKey();
  }

  /** Registers a kind of event and the handler that runs it. */
  defineEvent(handler: EventHandler): EventKind {
    this.handlers.push(handler);
    return this.handlers.length - 1;
  }

  /** Schedules an event `delay` time units from now. */
  schedule(kind: EventKind, delay: number, arg = 0): EventHandle {
    if (!(delay >= 0)) throw new RangeError(`Simulation.schedule: delay must be >= 0, got ${delay}`);
    return this.diary.push(this.clock + delay, kind, arg);
  }

  /** Schedules an event at an absolute time, which must not be in the past. */
  scheduleAt(kind: EventKind, time: number, arg = 0): EventHandle {
    if (!(time >= this.clock)) throw new RangeError(`Simulation.scheduleAt: time ${time} is before now (${this.clock})`);
    return this.diary.push(time, kind, arg);
  }

  /** Cancels a scheduled event; false if it already ran or was cancelled. */
  cancel(handle: EventHandle): boolean {
    return this.diary.remove(handle);
  }

  /** Asks `run` to return after the event being handled. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Runs events in time order up to and including time `until`, then sets the
   * clock to `until` (unless stopped early or `until` is Infinity). Returns
   * the number of events run.
   */
  run(until = Infinity): number {
    const diary = this.diary;
    const handlers = this.handlers;
    const before = this.processed;
    this.stopped = false;
    for (;;) {
      const slot = diary.popSlotUntil(until);
      if (slot < 0) break;
      const kind = diary.tagOf(slot);
      const arg = diary.valOf(slot);
      this.clock = diary.poppedKey;
      this.processed++;
      handlers[kind](arg);
      if (this.stopped) return this.processed - before;
    }
    if (until !== Infinity && until > this.clock) this.clock = until;
    return this.processed - before;
  }
}
