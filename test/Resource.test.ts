import { expect, test } from 'vitest';
import { GRANTED, Resource } from '../sim/engine/Resource.js';
import { Simulation } from '../sim/engine/Simulation.js';
import { randomStream } from '../sim/engine/randomStream.js';
import { exponential } from '../sim/engine/distributions.js';

/** A simulation and a resource that records who was granted, in order. */
function setup(capacity: number) {
  const sim = new Simulation();
  const granted: number[] = [];
  const resource = new Resource(sim, capacity, (entity) => granted.push(entity));
  return { sim, resource, granted };
}

test('never grants a unit beyond its capacity, even as capacity changes', () => {
  const rng = randomStream(1, 'resource/capacity');
  const sim = new Simulation();
  // Checked at every grant: units above a lowered capacity may still be in
  // use (they finish their work), but no grant may take one beyond it.
  let grants = 0;
  let overCapacityGrants = 0;
  const onGrant = () => {
    grants++;
    if (resource.inService > resource.capacity) overCapacityGrants++;
  };
  const finish = sim.defineEvent(() => resource.release());
  const resource = new Resource(sim, 3, () => {
    onGrant();
    sim.schedule(finish, exponential(rng, 1));
  });
  const arrive = sim.defineEvent((id) => {
    if (resource.request(id) === GRANTED) {
      onGrant();
      sim.schedule(finish, exponential(rng, 1));
    }
    if (id < 5000) sim.schedule(arrive, exponential(rng, 2.5), id + 1);
  });
  const resize = sim.defineEvent((capacity) => {
    resource.setCapacity(capacity);
    sim.schedule(resize, 50, capacity === 3 ? 4 : 3);
  });
  sim.schedule(arrive, 0, 0);
  sim.schedule(resize, 50, 4);
  sim.run(2500);
  expect(grants).toBeGreaterThan(4000);
  expect(overCapacityGrants).toBe(0);
  expect(resource.busy.max).toBeLessThanOrEqual(4);
});

test('grants at once while a unit is free and nobody waits', () => {
  const { resource, granted } = setup(2);
  expect(resource.request(1)).toBe(GRANTED);
  expect(resource.request(2)).toBe(GRANTED);
  expect(resource.request(3)).not.toBe(GRANTED);
  expect(resource.inService).toBe(2);
  expect(resource.queueLength).toBe(1);
  // onGrant is for queued customers only.
  expect(granted).toEqual([]);
});

test('waiting customers are served first come, first served', () => {
  const { resource, granted } = setup(1);
  resource.request(0);
  for (let id = 1; id <= 5; id++) resource.request(id);
  for (let i = 0; i < 5; i++) resource.release();
  expect(granted).toEqual([1, 2, 3, 4, 5]);
});

test('with priorities, the lowest value is served first and ties first come', () => {
  const { resource, granted } = setup(1);
  resource.request(0);
  const priorities = [5, 1, 3, 1, 5, 0];
  priorities.forEach((priority, i) => resource.request(i + 1, priority));
  for (let i = 0; i < priorities.length; i++) resource.release();
  expect(granted).toEqual([6, 2, 4, 3, 1, 5]);
});

test('a withdrawn customer is never granted and leaves the line', () => {
  const { resource, granted } = setup(1);
  resource.request(0);
  const tickets = [1, 2, 3].map((id) => resource.request(id));
  expect(resource.withdraw(tickets[1])).toBe(true);
  expect(resource.queueLength).toBe(2);
  resource.release();
  resource.release();
  expect(granted).toEqual([1, 3]);
});

test('withdrawing a customer already granted, or twice, returns false', () => {
  const { resource } = setup(1);
  resource.request(0);
  const first = resource.request(1);
  const second = resource.request(2);
  resource.release();
  expect(resource.withdraw(first)).toBe(false);
  expect(resource.withdraw(second)).toBe(true);
  expect(resource.withdraw(second)).toBe(false);
  expect(resource.withdraw(GRANTED)).toBe(false);
});

test('capacity 0 blocks every request, and raising it serves the line in order', () => {
  const { sim, resource, granted } = setup(0);
  for (let id = 1; id <= 4; id++) expect(resource.request(id)).not.toBe(GRANTED);
  expect(resource.inService).toBe(0);
  const raise = sim.defineEvent(() => resource.setCapacity(3));
  sim.schedule(raise, 10);
  sim.run();
  expect(granted).toEqual([1, 2, 3]);
  expect(resource.inService).toBe(3);
  expect(resource.queueLength).toBe(1);
  expect(resource.waits.mean).toBe(10);
});

test('lowering capacity lets units in use finish and grants no one until below it', () => {
  const { resource, granted } = setup(2);
  resource.request(1);
  resource.request(2);
  resource.request(3);
  resource.setCapacity(1);
  expect(resource.inService).toBe(2);
  resource.release();
  expect(granted).toEqual([]);
  resource.release();
  expect(granted).toEqual([3]);
});

test('a blackout (capacity 0) during service lets the customer finish but admits no one', () => {
  const { resource } = setup(1);
  resource.request(1);
  resource.setCapacity(0);
  expect(resource.request(2)).not.toBe(GRANTED);
  resource.release();
  expect(resource.inService).toBe(0);
  expect(resource.queueLength).toBe(1);
});

test('waits records every granted customer time in line, zero waits included', () => {
  const sim = new Simulation();
  const waited: number[] = [];
  const resource = new Resource(sim, 1, (_, w) => waited.push(w), true);
  const arrive = sim.defineEvent((id) => resource.request(id));
  const leave = sim.defineEvent(() => resource.release());
  sim.scheduleAt(arrive, 0, 1);
  sim.scheduleAt(arrive, 1, 2);
  sim.scheduleAt(arrive, 2, 3);
  sim.scheduleAt(leave, 4);
  sim.scheduleAt(leave, 7);
  sim.run();
  expect(waited).toEqual([3, 5]);
  expect(resource.waits.count).toBe(3);
  expect([...resource.waits.sorted()]).toEqual([0, 3, 5]);
});

test('busy and queue integrate the number in service and in line over time', () => {
  const sim = new Simulation();
  const resource = new Resource(sim, 1, () => {});
  const arrive = sim.defineEvent((id) => resource.request(id));
  const leave = sim.defineEvent(() => resource.release());
  // In service: 1 on [0, 10). In line: 1 on [2, 4), none after (granted at 4).
  sim.scheduleAt(arrive, 0, 1);
  sim.scheduleAt(arrive, 2, 2);
  sim.scheduleAt(leave, 4);
  sim.scheduleAt(leave, 10);
  sim.run(20);
  expect(resource.busy.integral(20)).toBe(10);
  expect(resource.busy.mean(20)).toBe(0.5);
  expect(resource.queue.integral(20)).toBe(2);
  expect(resource.capacityLevel.mean(20)).toBe(1);
});

test('release with no unit in use throws, and bad capacities are refused', () => {
  const { resource } = setup(1);
  expect(() => resource.release()).toThrow();
  expect(() => resource.setCapacity(-1)).toThrow(RangeError);
  expect(() => resource.setCapacity(1.5)).toThrow(RangeError);
  expect(() => new Resource(new Simulation(), Number.NaN, () => {})).toThrow(RangeError);
});
