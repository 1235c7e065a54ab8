import { expect, test } from 'vitest';
import { groupedWhole } from '../sim/scenario/groupedWhole.js';

test('groups thousands as toLocaleString("en-US") does, at every number of digits and sign', () => {
  const values = [0, 1, 12, 123, 1234, 12345, 123456, 1234567, 999_999, 1_000_000, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e21, 1.5, 2.5, 999.5, -1, -999, -1000, -1234567.4];
  for (const v of values) expect(groupedWhole(v)).toBe(Math.round(v).toLocaleString('en-US'));
});
