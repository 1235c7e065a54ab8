import { describe, expect, it } from 'vitest';
import { freeCores, type CpuReading } from '../../../sim/cli/freeCores.js';

/** A reading taken `wallMs` after `start` on `cores` cores, with `ownMs` of our CPU time and `othersMs` of other programs' in between. */
function after(start: CpuReading, cores: number, wallMs: number, ownMs: number, othersMs: number): CpuReading {
  return { allMs: start.allMs + cores * wallMs, idleMs: start.idleMs + cores * wallMs - ownMs - othersMs, ownMs: start.ownMs + ownMs };
}

const start: CpuReading = { allMs: 5_000_000, idleMs: 4_000_000, ownMs: 300 };

describe('freeCores', () => {
  it('counts every core of a machine where only we are working', () => {
    expect(freeCores(2, start, after(start, 2, 1000, 1300, 0))).toBe(2);
    expect(freeCores(8, start, after(start, 8, 1000, 1000, 100))).toBe(8);
  });

  it('does not count our own threads as load, however busy they keep the machine', () => {
    expect(freeCores(2, start, after(start, 2, 1000, 2000, 0))).toBe(2);
  });

  it('leaves out the cores other programs keep busy, to the nearest whole core', () => {
    // Another program on one core of two: one left.
    expect(freeCores(2, start, after(start, 2, 1000, 1000, 1000))).toBe(1);
    // 3.2 cores of 8 busy with other work: 4.8, so 5.
    expect(freeCores(8, start, after(start, 8, 1000, 1000, 3200))).toBe(5);
    // 0.4 of a core of 2: 1.6, so 2.
    expect(freeCores(2, start, after(start, 2, 1000, 1000, 400))).toBe(2);
  });

  it('keeps one core however busy the machine is', () => {
    expect(freeCores(2, start, after(start, 2, 1000, 300, 1700))).toBe(1);
  });

  it('reads counters that disagree by a tick as no load rather than a negative one', () => {
    expect(freeCores(2, start, { allMs: start.allMs + 2000, idleMs: start.idleMs + 1000, ownMs: start.ownMs + 1010 })).toBe(2);
  });

  it('says every core when no time has been counted between the readings', () => {
    expect(freeCores(4, start, start)).toBe(4);
  });
});
