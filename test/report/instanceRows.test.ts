import { describe, expect, it } from 'vitest';
import { DEPLOYMENTS, INSTANCE_KINDS, OUTCOMES, VERSION_CODES } from '../../sim/model/SimulationResult.js';
import { csvChunks } from '../../sim/report/csvChunks.js';
import { csvField } from '../../sim/report/csvField.js';
import { utcFormatter } from '../../sim/report/formatUtc.js';
import { INSTANCE_COLUMNS, instanceCsvChunks, instanceRows } from '../../sim/report/instanceRows.js';
import { chunkText } from '../support/chunkText.js';
import { makeResult } from '../support/makeResult.js';

const DOCUMENTED = [
  'tenant', 'instance', 'kind', 'region', 'deployment', 'on_premises_version', 'from_version', 'to_version',
  'first_scheduled_utc', 'scheduled_utc', 'approved_utc', 'rescheduled_utc', 'start_utc', 'backup_end_utc',
  'restore_end_utc', 'upgrade_end_utc', 'completed_utc', 'outcome', 'attempts', 'steps_completed', 'fallbacks',
  'reschedules', 'failures', 'mandatory', 'downtime_hours',
];

describe('instanceRows', () => {
  const rows = [...instanceRows(makeResult())];

  it('has the documented columns, in order', () => {
    expect(INSTANCE_COLUMNS).toEqual(DOCUMENTED);
    for (const row of rows) expect(Object.keys(row)).toEqual(DOCUMENTED);
  });

  it('gives one row per instance', () => {
    expect(rows).toHaveLength(10);
  });

  it('names production and numbered sandboxes after their tenant', () => {
    expect(rows.map((r) => r.instance)).toEqual([
      'T00001/production',
      'T00001/sandbox-1',
      'T00001/sandbox-2',
      'T00002/production',
      'T00002/sandbox-1',
      'T00003/production',
      'T00003/sandbox-1',
      'T00004/production',
      'T00005/production',
      'T00005/sandbox-1',
    ]);
  });

  it('writes codes as the words of the domain', () => {
    expect(rows[3]).toMatchObject({ kind: 'production', region: 'north', deployment: 'online', from_version: 'n-2', to_version: 'n', outcome: 'updated', mandatory: 1 });
    expect(rows[7]).toMatchObject({ deployment: 'onPremises', on_premises_version: '8.1', outcome: 'importRefused' });
    expect(rows[5]).toMatchObject({ region: 'south', from_version: 'n-1', outcome: 'notApproved' });
  });

  it('writes times as YYYY-MM-DDTHH:MMZ from the epoch date', () => {
    // Epoch 2025-03-01; instance 9 was rescheduled at hour 41.75 and completed at hour 400.
    expect(rows[9]).toMatchObject({
      first_scheduled_utc: '2025-03-13T12:00Z',
      scheduled_utc: '2025-03-17T12:00Z',
      approved_utc: '2025-03-02T16:00Z',
      rescheduled_utc: '2025-03-02T17:45Z',
      start_utc: '2025-03-17T12:00Z',
      backup_end_utc: '2025-03-17T12:30Z',
      restore_end_utc: '2025-03-17T13:00Z',
      upgrade_end_utc: '2025-03-17T16:00Z',
      completed_utc: '2025-03-17T16:00Z',
      attempts: 2,
      steps_completed: 1,
      fallbacks: 1,
      reschedules: 1,
      failures: 1,
      downtime_hours: 3.25,
    });
  });

  it('leaves times that never happened (NaN) empty', () => {
    const already = rows[2];
    for (const c of DOCUMENTED.filter((c) => c.endsWith('_utc'))) expect(already[c]).toBe('');
  });

  it('is lazy, so a huge fleet is never held as objects at once', () => {
    const iterator = instanceRows(makeResult());
    expect(iterator.next().value?.instance).toBe('T00001/production');
  });
});

describe('instanceCsvChunks', () => {
  const text = chunkText;
  const hostileTenants = makeResult({ tenantIds: ['=HYPERLINK("http://x","y")', ' +T2, "b"', '-T3\r', '@T4\n', '\tT5'] });
  const unicode = makeResult({ tenantIds: ['Zürich-Ø', '東京', 'T3', 'Ωmega', 'e\u0301'], regions: ['Région-Île', 'Ünter'] });

  it.each([
    ['plain ids and regions', makeResult()],
    ['hostile tenant ids', hostileTenants],
    ['hostile region names', makeResult({ regions: ['=1+1, "n"', ' @SUM(A1)\r'] })],
    ['non-ASCII ids and regions', unicode],
  ])('writes the same bytes as the generic writer over instanceRows: %s', (_, result) => {
    expect(text(instanceCsvChunks(result))).toBe(text(csvChunks(INSTANCE_COLUMNS, instanceRows(result))));
  });

  it.each([
    ['hostile', hostileTenants],
    ['non-ASCII', unicode],
  ])('ends every chunk at a line end, however small the chunks (%s text)', (_, result) => {
    const chunks = [...instanceCsvChunks(result, 64)];
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk[chunk.length - 1]).toBe(0x0a);
    expect(text(chunks)).toBe(text(csvChunks(INSTANCE_COLUMNS, instanceRows(result))));
  });

  it("writes the report's own words and times as they are: csvField leaves them alone", () => {
    const words = [...INSTANCE_KINDS, ...DEPLOYMENTS, ...VERSION_CODES, ...OUTCOMES];
    const time = utcFormatter('2027-03-25');
    const times = Array.from({ length: 24 * 60 * 3 }, (_, m) => time(-24 + m / 60 + 24 * 400 * (m % 3)));
    for (const text of [...words, ...times]) expect(csvField(text)).toBe(text);
  });
});
