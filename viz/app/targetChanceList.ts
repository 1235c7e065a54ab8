/**
 * After replications, the verdict's question answered as a chance: how
 * often the wave met each target over the runs, as `wavesim replicate`
 * prints it. The Replications tab and the printed report show it.
 */
import type { KpiDescription } from '../../sim/plan/kpiDescriptions.js';
import { targetChances } from '../../sim/plan/targetChances.js';
import { h } from './dom.js';

/** A heading and one line per target (`li[data-target-chance]`); nothing when the batch has no targets' figures. */
export function targetChanceList(descriptions: readonly KpiDescription[]): Node[] {
  const chances = targetChances(descriptions);
  if (chances.length === 0) return [];
  return [
    h('p', { class: 'target-chances-head' }, 'Targets over the replications'),
    h('ul', {}, ...chances.map((chance) => h('li', { 'data-target-chance': chance.kpi, 'data-met': chance.met, 'data-runs': chance.runs }, chance.line))),
  ];
}
