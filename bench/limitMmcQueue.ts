/**
 * The M/M/c queue of sim/examples/mmcQueue.ts written straight onto the
 * reference heap (BareHeap): the same events from the same random streams in
 * the same order, with a count for the waiting line and no statistics. What
 * it costs per event is the floor the kernel bench compares the kernel to.
 */
import { exponential, type RandomStream } from '../sim/engine/index.js';
import type { BareHeap } from './BareHeap.js';

const ARRIVAL = 0;
const DEPARTURE = 1;

/** The queue's parameters, as mmcQueue takes them. */
export interface LimitMmcOptions {
  arrivalRate: number;
  serviceRate: number;
  servers: number;
  customers: number;
  arrivals: RandomStream;
  service: RandomStream;
  /** The diary, possibly already holding far-future events. */
  heap: BareHeap;
  /** The time the queue starts at. */
  start: number;
}

/** Runs the queue until the last customer leaves; returns the events run. */
export function limitMmcQueue(o: LimitMmcOptions): number {
  const heap = o.heap;
  let arrived = 0;
  let served = 0;
  let busy = 0;
  let waiting = 0;
  let events = 0;
  heap.push(o.start + exponential(o.arrivals, o.arrivalRate), ARRIVAL, 0);
  while (heap.pop()) {
    events++;
    const now = heap.topKey;
    if (heap.topKind === ARRIVAL) {
      arrived++;
      if (busy < o.servers && waiting === 0) {
        busy++;
        heap.push(now + exponential(o.service, o.serviceRate), DEPARTURE, 0);
      } else waiting++;
      if (arrived !== o.customers) heap.push(now + exponential(o.arrivals, o.arrivalRate), ARRIVAL, 0);
    } else {
      served++;
      busy--;
      if (waiting > 0) {
        waiting--;
        busy++;
        heap.push(now + exponential(o.service, o.serviceRate), DEPARTURE, 0);
      }
      if (served === o.customers) break;
    }
  }
  return events;
}
