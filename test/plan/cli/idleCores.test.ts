import { describe, expect, it } from 'vitest';
import { idleCores } from '../../../sim/cli/idleCores.js';

describe('idleCores', () => {
  it('counts every core of a quiet machine', () => {
    expect(idleCores(2, 0.2)).toBe(2);
    expect(idleCores(8, 0)).toBe(8);
  });

  it('leaves out the cores other work keeps busy', () => {
    expect(idleCores(2, 1)).toBe(1);
    expect(idleCores(8, 3.2)).toBe(5);
  });

  it('keeps one core however loaded the machine is', () => {
    expect(idleCores(2, 6.5)).toBe(1);
  });
});
