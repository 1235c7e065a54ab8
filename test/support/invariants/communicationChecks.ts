/** Checks of the communication schedule (seed 000): reminder days and the channels of each message. */
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import { Violations, type CheckFactory } from './Check.js';
import { CHANNELS_BY_MESSAGE, REMINDER_DAYS } from './RunFacts.js';

const EPS = 1e-9;

export const remindersAtTheirDays: CheckFactory = () => {
  const v = new Violations();
  return {
    rule: 'sends reminders exactly 90, 30, 15 and 7 days before the update, never earlier',
    trace(e: TraceEvent) {
      if (e.type !== 'message' || !(e.message in REMINDER_DAYS)) return;
      const days = REMINDER_DAYS[e.message];
      v.expect(Math.abs(e.dueAt - e.time - days * 24) < EPS && e.time >= 0, () => `instance ${e.instance}: ${e.message} at hour ${e.time} for an update at ${e.dueAt}`);
    },
    violations: () => v.list(),
  };
};

export const channelsOfTheTable: CheckFactory = () => {
  const v = new Violations();
  const traced = new Map<string, number>();
  return {
    rule: 'carries each message on the channels of the communication table, as often as the trace sends it',
    trace(e: TraceEvent) {
      if (e.type === 'message') traced.set(e.message, (traced.get(e.message) ?? 0) + 1);
    },
    rows({ communications }) {
      const byType = new Map<string, Map<string, number>>();
      for (const row of communications) {
        if (!byType.has(row.message_type)) byType.set(row.message_type, new Map());
        byType.get(row.message_type)!.set(row.channel, Number(row.messages));
      }
      v.expect(byType.size === Object.keys(CHANNELS_BY_MESSAGE).length, () => `communications.csv lists ${byType.size} message types`);
      for (const [type, channels] of byType) {
        const table = CHANNELS_BY_MESSAGE[type];
        v.expect(table !== undefined, () => `communications.csv lists "${type}", which no table has`);
        if (!table) continue;
        const counts = table.map((c) => channels.get(c));
        for (const [channel, count] of channels) {
          if (!table.includes(channel)) v.expect(count === 0, () => `${type} went out ${count} times on ${channel}, which the table does not give it`);
        }
        v.expect(counts.every((c) => c === counts[0]), () => `${type} went out ${counts.join(', ')} times on its channels ${table.join(', ')}`);
        // Incident and maintenance emails go to tenants, not instances: the trace has no per-instance message for them.
        if (!type.startsWith('incident') && type !== 'maintenanceScheduled') {
          v.expect(counts[0] === (traced.get(type) ?? 0), () => `${type}: ${counts[0]} in communications.csv, ${traced.get(type) ?? 0} in the trace`);
        }
      }
    },
    violations: () => v.list(),
  };
};
