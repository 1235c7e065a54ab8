import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES } from '../../sim/model/SimulationResult.js';
import { communicationsSummary, messageRows } from '../../viz/charts/communicationsChart.js';
import { viewSeriesFixture } from './viewSeriesFixture.js';

describe('communicationsChart', () => {
  it('groups messages by type in schedule order, channels in order, with totals', () => {
    const rows = messageRows(viewSeriesFixture());
    expect(rows.map((r) => r.type)).toEqual([...MESSAGE_TYPES]);
    expect(rows[0].counts).toEqual([
      { channel: 'inProductAlert', count: 5 },
      { channel: 'email', count: 5 },
      { channel: 'adminCenter', count: 5 },
    ]);
    expect(rows.map((r) => r.total).reduce((a, b) => a + b, 0)).toBe(36);
  });

  it('names the total and the three types sent most', () => {
    expect(communicationsSummary(viewSeriesFixture())).toBe(
      'Communications: 36 messages sent; most: update scheduled (15), update successful (12), 90 days before (8).',
    );
  });

  it('says when nothing was sent', () => {
    expect(communicationsSummary(viewSeriesFixture((v) => v.messages.forEach((m) => (m.count = 0))))).toBe('Communications: no messages sent.');
  });
});
