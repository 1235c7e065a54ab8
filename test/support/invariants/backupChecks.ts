/** Checks of restores (seed 003): to sandboxes only, and only from a backup still retained. */
import { SANDBOX } from '../../../sim/model/SimulationResult.js';
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import { Violations, type CheckFactory } from './Check.js';

export const restoresFromRetainedBackups: CheckFactory = (facts) => {
  const v = new Violations();
  let restores = 0;
  let refused = 0;
  return {
    rule: 'restores to sandboxes only, and only from a backup still retained',
    trace(e: TraceEvent) {
      if (e.type === 'restore') {
        restores++;
        v.expect(facts.fleet.instanceKind[e.instance] === SANDBOX && e.kind === SANDBOX, () => `instance ${e.instance}: restored, but it is no sandbox`);
        v.expect(e.pointAt <= e.time && e.time - e.pointAt <= facts.retentionHours, () => `instance ${e.instance}: restored at hour ${e.time} a backup from hour ${e.pointAt}, kept ${facts.retentionHours} hours`);
      } else if (e.type === 'restoreRefused') {
        refused++;
        v.expect(e.time - e.pointAt > facts.retentionHours, () => `instance ${e.instance}: refused at hour ${e.time} a backup from hour ${e.pointAt}, still retained`);
      }
    },
    rows({ summary }) {
      const value = (kpi: string) => Number(summary.find((r) => r.kpi === kpi)!.value);
      v.expect(value('restores') === restores && value('restores_refused_not_retained') === refused, () => `summary: ${value('restores')} restores, ${value('restores_refused_not_retained')} refused; trace: ${restores}, ${refused}`);
    },
    violations: () => v.list(),
  };
};
