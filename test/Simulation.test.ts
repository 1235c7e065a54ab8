import { expect, test } from 'vitest';
import { Simulation } from '../sim/engine/Simulation.js';
import { randomStream } from '../sim/engine/randomStream.js';
import { exponential } from '../sim/engine/distributions.js';

test('the clock never goes backwards', () => {
  const rng = randomStream(1, 'simulation/clock');
  const sim = new Simulation();
  const times: number[] = [];
  // Each event schedules up to two more at random delays, some of them zero.
  const spawn = sim.defineEvent(() => {
    times.push(sim.now);
    if (times.length > 5000) return;
    for (let k = 0; k < 2; k++) if (rng() < 0.55) sim.schedule(spawn, rng() < 0.2 ? 0 : exponential(rng, 1));
  });
  for (let i = 0; i < 10; i++) sim.schedule(spawn, rng() * 5);
  sim.run();
  expect(times.length).toBeGreaterThan(1000);
  for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]);
});

test('events at equal times run in the order they were scheduled', () => {
  const sim = new Simulation();
  const order: number[] = [];
  const record = sim.defineEvent((arg) => order.push(arg));
  const other = sim.defineEvent((arg) => order.push(arg));
  for (let i = 0; i < 50; i++) sim.scheduleAt(i % 2 === 0 ? record : other, 3, i);
  // Scheduled later but due earlier: runs first.
  sim.scheduleAt(record, 1, -1);
  sim.run();
  expect(order).toEqual([-1, ...Array.from({ length: 50 }, (_, i) => i)]);
});

test('an event scheduled for now by a handler runs after the events already due now', () => {
  const sim = new Simulation();
  const order: string[] = [];
  const late = sim.defineEvent(() => order.push('late'));
  const first = sim.defineEvent(() => {
    order.push('first');
    sim.schedule(late, 0);
  });
  const second = sim.defineEvent(() => order.push('second'));
  sim.schedule(first, 1);
  sim.schedule(second, 1);
  sim.run();
  expect(order).toEqual(['first', 'second', 'late']);
});

test('handlers receive the argument they were scheduled with', () => {
  const sim = new Simulation();
  const seen: number[] = [];
  const kind = sim.defineEvent((arg) => seen.push(arg));
  sim.schedule(kind, 1, 42.5);
  sim.schedule(kind, 2);
  sim.run();
  expect(seen).toEqual([42.5, 0]);
});

test('a cancelled event does not run', () => {
  const sim = new Simulation();
  const ran: number[] = [];
  const kind = sim.defineEvent((arg) => ran.push(arg));
  const handles = [1, 2, 3, 4].map((t) => sim.schedule(kind, t, t));
  expect(sim.cancel(handles[1])).toBe(true);
  expect(sim.pending).toBe(3);
  sim.run();
  expect(ran).toEqual([1, 3, 4]);
});

test('a handler can cancel a later event', () => {
  const sim = new Simulation();
  const ran: string[] = [];
  const timeout = sim.defineEvent(() => ran.push('timeout'));
  const handle = sim.schedule(timeout, 10);
  const done = sim.defineEvent(() => {
    ran.push('done');
    sim.cancel(handle);
  });
  sim.schedule(done, 5);
  sim.run();
  expect(ran).toEqual(['done']);
});

test('cancelling an event that already ran or was cancelled returns false', () => {
  const sim = new Simulation();
  const kind = sim.defineEvent(() => {});
  const ran = sim.schedule(kind, 1);
  const cancelled = sim.schedule(kind, 2);
  sim.cancel(cancelled);
  sim.run();
  expect(sim.cancel(ran)).toBe(false);
  expect(sim.cancel(cancelled)).toBe(false);
});

test('run(until) runs events due up to and including until, then sets the clock to until', () => {
  const sim = new Simulation();
  const ran: number[] = [];
  const kind = sim.defineEvent((arg) => ran.push(arg));
  for (const t of [1, 5, 5.5, 9]) sim.scheduleAt(kind, t, t);
  expect(sim.run(5.5)).toBe(3);
  expect(ran).toEqual([1, 5, 5.5]);
  expect(sim.now).toBe(5.5);
  expect(sim.run(7)).toBe(0);
  expect(sim.now).toBe(7);
  expect(sim.pending).toBe(1);
  expect(sim.nextTime).toBe(9);
});

test('a later run continues where run(until) stopped', () => {
  const sim = new Simulation();
  const ran: number[] = [];
  const kind = sim.defineEvent((arg) => ran.push(arg));
  for (const t of [1, 2, 3, 4]) sim.scheduleAt(kind, t, t);
  sim.run(2);
  sim.run();
  expect(ran).toEqual([1, 2, 3, 4]);
  expect(sim.now).toBe(4);
  expect(sim.eventsProcessed).toBe(4);
});

test('run() with no bound leaves the clock at the last event', () => {
  const sim = new Simulation(10);
  const kind = sim.defineEvent(() => {});
  sim.schedule(kind, 2.5);
  sim.run();
  expect(sim.now).toBe(12.5);
  expect(sim.nextTime).toBe(Infinity);
});

test('stop() ends the run after the current event, without moving the clock to until', () => {
  const sim = new Simulation();
  const ran: number[] = [];
  const kind = sim.defineEvent((arg) => {
    ran.push(arg);
    if (arg === 2) sim.stop();
  });
  for (const t of [1, 2, 3]) sim.scheduleAt(kind, t, t);
  expect(sim.run(100)).toBe(2);
  expect(sim.now).toBe(2);
  sim.run();
  expect(ran).toEqual([1, 2, 3]);
});

test('scheduling into the past is refused', () => {
  const sim = new Simulation(5);
  const kind = sim.defineEvent(() => {});
  expect(() => sim.schedule(kind, -1)).toThrow(RangeError);
  expect(() => sim.schedule(kind, Number.NaN)).toThrow(RangeError);
  expect(() => sim.scheduleAt(kind, 4)).toThrow(RangeError);
  expect(sim.pending).toBe(0);
});

test('pending and eventsProcessed count the diary and the events run', () => {
  const sim = new Simulation();
  const kind = sim.defineEvent(() => {});
  for (let i = 0; i < 7; i++) sim.schedule(kind, i);
  expect(sim.pending).toBe(7);
  sim.run(3);
  expect(sim.pending).toBe(3);
  expect(sim.eventsProcessed).toBe(4);
});
