import { describe, expect, it } from 'vitest';
import { CHANNELS, MESSAGE_TYPES } from '../../sim/model/SimulationResult.js';
import { COMMUNICATION_COLUMNS, communicationRows } from '../../sim/report/communicationRows.js';
import { makeResult } from '../support/makeResult.js';

describe('communicationRows', () => {
  const rows = communicationRows(makeResult());

  it('has the documented columns', () => {
    expect(COMMUNICATION_COLUMNS).toEqual(['message_type', 'channel', 'messages', 'recipients']);
    for (const row of rows) expect(Object.keys(row)).toEqual([...COMMUNICATION_COLUMNS]);
  });

  it('lists every message type on every channel, zeros included', () => {
    expect(rows).toHaveLength(MESSAGE_TYPES.length * CHANNELS.length);
    expect(rows.filter((r) => r.message_type === 'incidentStarted').map((r) => r.messages)).toEqual([0, 0, 0]);
  });

  it('gives messages and recipients of one type and channel', () => {
    expect(rows.find((r) => r.message_type === 'reminder90' && r.channel === 'email')).toEqual({
      message_type: 'reminder90',
      channel: 'email',
      messages: 5,
      recipients: 7,
    });
    expect(rows.find((r) => r.message_type === 'fallback' && r.channel === 'inProductAlert')?.messages).toBe(0);
  });
});
