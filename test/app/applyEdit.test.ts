import { describe, expect, it } from 'vitest';
import { applyEdit, valueAt } from '../../viz/app/applyEdit.js';

const scenario = () => ({
  name: 'x',
  regions: [
    { name: 'NAM', updateSlots: 4 },
    { name: 'EUR', updateSlots: 2 },
  ],
  fleet: { tenants: 10, versions: { n: 1, 'n-1': 2, 'n-2': 0 } },
});

describe('applyEdit', () => {
  it('changes the one value at the path and leaves the original untouched', () => {
    const before = scenario();
    const after = applyEdit(before, ['regions', 1, 'updateSlots'], 7);
    expect(valueAt(after, ['regions', 1, 'updateSlots'])).toBe(7);
    expect(before.regions[1].updateSlots).toBe(2);
    expect(after).toEqual({ ...scenario(), regions: [scenario().regions[0], { name: 'EUR', updateSlots: 7 }] });
  });

  it('shares every branch it did not change with the original', () => {
    const before = scenario();
    const after = applyEdit(before, ['regions', 1, 'updateSlots'], 7) as typeof before;
    expect(after.fleet).toBe(before.fleet);
    expect(after.regions[0]).toBe(before.regions[0]);
    expect(after.regions).not.toBe(before.regions);
  });

  it('keeps the order of fields, so a saved file reads as it was written', () => {
    const after = applyEdit(scenario(), ['name'], 'y');
    expect(Object.keys(after as object)).toEqual(['name', 'regions', 'fleet']);
  });

  it('removes a field for undefined, so an emptied number field is reported as required', () => {
    const after = applyEdit(scenario(), ['fleet', 'tenants'], undefined);
    expect(valueAt(after, ['fleet'])).toEqual({ versions: { n: 1, 'n-1': 2, 'n-2': 0 } });
  });

  it('removes a row of a list for undefined at its index', () => {
    const after = applyEdit(scenario(), ['regions', 0], undefined);
    expect(valueAt(after, ['regions'])).toEqual([{ name: 'EUR', updateSlots: 2 }]);
  });

  it('appends a row at the index just past the end of a list', () => {
    const after = applyEdit(scenario(), ['regions', 2], { name: 'APJ', updateSlots: 1 });
    expect(valueAt(after, ['regions', 2, 'name'])).toBe('APJ');
  });

  it('creates the objects and lists on the way that the scenario leaves out', () => {
    const after = applyEdit({ name: 'x' }, ['incidents', 'scheduled', 0], { kind: 'major' });
    expect(after).toEqual({ name: 'x', incidents: { scheduled: [{ kind: 'major' }] } });
  });

  it('valueAt gives undefined for a path that does not exist', () => {
    expect(valueAt(scenario(), ['regions', 5, 'name'])).toBeUndefined();
    expect(valueAt(scenario(), ['name', 'length', 'x'])).toBeUndefined();
    expect(valueAt(undefined, ['name'])).toBeUndefined();
  });
});
