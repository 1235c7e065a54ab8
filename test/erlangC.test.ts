import { expect, test } from 'vitest';
import { erlangC } from '../sim/metrics/erlangC.js';

test('with one server it reduces to M/M/1: P(wait) = ρ and Wq = ρ/(μ − λ)', () => {
  for (const [lambda, mu] of [[0.5, 1], [3, 4], [0.99, 1]]) {
    const rho = lambda / mu;
    const { waitProbability, meanWait } = erlangC(lambda, mu, 1);
    expect(waitProbability).toBeCloseTo(rho, 12);
    expect(meanWait).toBeCloseTo(rho / (mu - lambda), 9);
  }
});

test('with two servers P(wait) = 2ρ²/(1 + ρ)', () => {
  // Two 1 Mb/s lines, 150 packets/s of 10 kb each: a = 1.5, ρ = 0.75.
  const { waitProbability, meanWait } = erlangC(150, 100, 2);
  expect(waitProbability).toBeCloseTo((2 * 0.75 ** 2) / 1.75, 12);
  expect(meanWait).toBeCloseTo(waitProbability / (200 - 150), 12);
});

test('matches published Erlang C tables', () => {
  // Call-centre staffing table for 10 Erlangs (100 calls per 30 minutes,
  // 180 s handling time): P(wait) with 11 to 14 agents, and the average
  // speed of answer with 11.
  const perSecond = 100 / 1800;
  const published: [number, number][] = [[11, 0.6821], [12, 0.4494], [13, 0.2853], [14, 0.1741]];
  for (const [agents, p] of published) expect(erlangC(perSecond, 1 / 180, agents).waitProbability).toBeCloseTo(p, 4);
  expect(erlangC(perSecond, 1 / 180, 11).meanWait).toBeCloseTo(122.8, 1);
  // a = 2 Erlangs on 3 servers: 4/9.
  expect(erlangC(2, 1, 3).waitProbability).toBeCloseTo(4 / 9, 12);
});

test('agrees with the direct sum of a^k/k! where that does not overflow', () => {
  for (const [a, c] of [[0.3, 1], [4.2, 5], [17, 20], [60, 70]]) {
    let term = 1;
    let sum = 0;
    for (let k = 0; k < c; k++) {
      sum += term;
      term *= a / (k + 1);
    }
    const tail = term * (c / (c - a));
    expect(erlangC(a, 1, c).waitProbability).toBeCloseTo(tail / (sum + tail), 10);
  }
});

test('stays finite for a thousand servers', () => {
  const { waitProbability, meanWait } = erlangC(950, 1, 1000);
  expect(waitProbability > 0 && waitProbability < 1).toBe(true);
  expect(Number.isFinite(meanWait)).toBe(true);
});

test('adding a server never raises the wait', () => {
  let previous = Infinity;
  for (let c = 5; c <= 15; c++) {
    const { meanWait } = erlangC(4.5, 1, c);
    expect(meanWait).toBeLessThan(previous);
    previous = meanWait;
  }
});

test('throws a RangeError when ρ ≥ 1 or the inputs make no sense', () => {
  expect(() => erlangC(2, 1, 2)).toThrow(RangeError);
  expect(() => erlangC(3, 1, 2)).toThrow(RangeError);
  expect(() => erlangC(1, 1, 0)).toThrow(RangeError);
  expect(() => erlangC(1, 1, 2.5)).toThrow(RangeError);
  expect(() => erlangC(0, 1, 1)).toThrow(RangeError);
  expect(() => erlangC(1, Number.NaN, 2)).toThrow(RangeError);
});
