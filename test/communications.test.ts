import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulateRelease, MESSAGE_TYPES, CHANNELS } from '../sim/model/index.js';
import { MessageLog } from '../sim/model/communications.js';
import { SCENARIO_BOUNDS, validateScenario } from '../sim/scenario/index.js';

const tiny = JSON.parse(readFileSync(new URL('./fixtures/tiny.json', import.meta.url), 'utf8'));

describe('recipient counts', () => {
  it('every tenant at the largest allowed extra recipients is counted in full: recipients = messages x (1 + extra), no 16-bit wrap', () => {
    const s = structuredClone(tiny);
    for (const t of s.tenants) t.extraRecipients = SCENARIO_BOUNDS.extraRecipients;
    const result = simulateRelease(validateScenario(s));
    const type = MESSAGE_TYPES.indexOf('updateScheduled');
    const email = CHANNELS.indexOf('email');
    expect(result.messages[type][email]).toBeGreaterThan(0);
    expect(result.recipients[type][email]).toBe(result.messages[type][email] * (1 + SCENARIO_BOUNDS.extraRecipients));
  });

  it('MessageLog adds recipients past 2^32 exactly', () => {
    const log = new MessageLog();
    for (let k = 0; k < 3; k++) log.send(0, 2 ** 31);
    expect(log.recipients[0].reduce((a, b) => Math.max(a, b), 0)).toBe(3 * 2 ** 31);
  });
});
