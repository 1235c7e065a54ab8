/**
 * Checks of fallbacks: an update that cannot start or finish in its window
 * falls back to an alternate date inside the window, with its own email, or
 * else misses the window, without one.
 */
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import { Violations, type CheckFactory } from './Check.js';

export const honestFallbacks: CheckFactory = (facts) => {
  const v = new Violations();
  const overrunAt = new Float64Array(facts.instances).fill(NaN);
  const emailed = new Uint8Array(facts.instances);
  let fallbacks = 0;
  return {
    rule: 'falls back, with its email, only to a date inside the window; past it, the instance misses the window',
    trace(e: TraceEvent) {
      const i = e.instance;
      if (e.type === 'message' && e.message === 'fallback') {
        v.expect(overrunAt[i] === e.time && !emailed[i], () => `instance ${i}: fallback email at hour ${e.time} without an overrun then`);
        emailed[i] = 1;
        fallbacks++;
      }
      if (e.type !== 'stage') return;
      if (e.stage === 'NotStarted' || e.stage === 'Aborted') {
        overrunAt[i] = e.time;
        emailed[i] = 0;
      } else if (!Number.isNaN(overrunAt[i]) && (e.stage === 'Queued' || e.stage === 'MissedWindow')) {
        const fellBack = e.stage === 'Queued';
        v.expect(fellBack === (emailed[i] === 1), () => `instance ${i}: overrun at hour ${overrunAt[i]}, then ${e.stage} ${emailed[i] ? 'with' : 'without'} a fallback email`);
        if (fellBack) v.expect(e.windowOpen > overrunAt[i], () => `instance ${i}: fell back to a window at ${e.windowOpen}, before its overrun at ${overrunAt[i]}`);
        overrunAt[i] = NaN;
      }
    },
    rows({ summary, instances, communications }) {
      const kpi = Number(summary.find((r) => r.kpi === 'fallbacks')!.value);
      const perInstance = instances.reduce((a, r) => a + Number(r.fallbacks), 0);
      const emails = communications.filter((r) => r.message_type === 'fallback' && r.channel === 'email').reduce((a, r) => a + Number(r.messages), 0);
      v.expect(kpi === fallbacks && perInstance === fallbacks && emails === fallbacks, () => `fallbacks: summary ${kpi}, instances.csv ${perInstance}, emails ${emails}, trace ${fallbacks}`);
    },
    violations: () => v.list(),
  };
};
