/**
 * The verdict a release manager reads first: does the wave meet its targets
 * (the share of the fleet on n when the window closes, the share of updates
 * on time), by how much, when the fleet crosses 50, 90 and 99 % on n, and
 * what limited it most, in one sentence. The command line prints it, the
 * summary carries it and the planner shows it, in the same words.
 */
import { OUTCOME_NOT_APPROVED, type SimulationResult } from '../model/SimulationResult.js';
import { groupedWhole } from '../scenario/groupedWhole.js';
import { backupLoad } from './backupLoad.js';
import { daysToShareOnN } from './daysToShareOnN.js';
import { onTimeShare } from './onTimeShare.js';
import { windowEndStatus } from './windowEndStatus.js';

/** What can limit a wave, as the verdict names it. */
export type Bottleneck = 'slots' | 'approvals' | 'backup' | 'incidents' | 'gates' | 'imports' | 'none';

/** One target, checked. */
export interface TargetCheck {
  /** The figure reached and the minimum, in %. */
  percent: number;
  targetPercent: number;
  met: boolean;
}

export interface WaveVerdict {
  shareOnN: TargetCheck;
  onTime: TargetCheck;
  /** Days from the window's start to 50, 90 and 99 % on n (NaN: never). */
  daysTo: { percent: number; days: number }[];
  bottleneck: Bottleneck;
  /** The whole verdict in words: a headline, then one line per finding. */
  lines: string[];
}

/** Shares of the fleet on n whose days the verdict gives, in %: the planner's milestones, in summary.csv too. */
const MARKS = [50, 90, 99];

/** `x` % with one decimal ("98.6 %"). */
const percent = (x: number) => `${x.toFixed(1)} %`;
const count = groupedWhole;

/**
 * The factor that held back the most updates, with what it did. Each counts
 * updates or instances it cost the wave: updates that could not get a slot in
 * time (slots), optional updates never approved (approvals), updates stopped
 * at their window's close while the backup system was saturated (backup),
 * updates displaced by incidents or held by gates' halts and bakes, and
 * refused imports.
 */
export function bottleneckOf(result: SimulationResult): { factor: Bottleneck; sentence: string } {
  const { counters, incidents, gateSummary, instances } = result;
  let notApproved = 0;
  for (let i = 0; i < instances.count; i++) if (instances.outcome[i] === OUTCOME_NOT_APPROVED) notApproved++;
  let displaced = 0;
  for (const incident of incidents) displaced += incident.updatesDisplaced;
  const { hoursOverCapacity } = backupLoad(result.hourly);
  const held = gateSummary.updatesDisplaced;
  const candidates: { factor: Bottleneck; weight: number; sentence: string }[] = [
    {
      factor: 'slots',
      weight: counters.overrunsNotStarted - displaced - held,
      sentence: `update slots: ${count(counters.overrunsNotStarted - displaced - held)} updates could not get a slot by their latest start and fell back or missed the window`,
    },
    { factor: 'approvals', weight: notApproved, sentence: `approvals: ${count(notApproved)} instances stayed behind because their admins never approved an optional update` },
    {
      factor: 'backup',
      weight: hoursOverCapacity > 0 ? counters.overrunsAborted : 0,
      sentence: `backup throughput: demand exceeded capacity in ${count(hoursOverCapacity)} hours, and ${count(counters.overrunsAborted)} updates were stopped at their window's close`,
    },
    { factor: 'incidents', weight: displaced, sentence: `incidents: ${count(displaced)} updates were displaced while an incident held their region` },
    {
      factor: 'gates',
      weight: held,
      sentence: `health gates: ${count(held)} updates could not start while a halt or a bake held them (${gateSummary.halts} halts, ${(gateSummary.hoursHalted / 24).toFixed(1)} days halted)`,
    },
    { factor: 'imports', weight: counters.importsRefused, sentence: `imports: ${count(counters.importsRefused)} on-premises organizations below 8.2 were refused` },
  ];
  const worst = candidates.reduce((a, b) => (b.weight > a.weight ? b : a));
  return worst.weight > 0 ? { factor: worst.factor, sentence: worst.sentence } : { factor: 'none', sentence: 'nothing held the wave back' };
}

/** Checks `result` against its targets (fractions, as in the scenario). */
export function waveVerdict(result: SimulationResult, targets: { shareOnN: number; onTimeShare: number }): WaveVerdict {
  const status = windowEndStatus(result);
  const onN = status.instances > 0 ? (100 * status.onN) / status.instances : 100;
  const onTime = 100 * onTimeShare(result);
  const check = (value: number, target: number): TargetCheck => ({ percent: value, targetPercent: 100 * target, met: !(value < 100 * target) });
  const shareOnN = check(onN, targets.shareOnN);
  // No update queued: nothing could be late.
  const onTimeCheck = check(Number.isNaN(onTime) ? 100 : onTime, targets.onTimeShare);
  const days = daysToShareOnN(result, MARKS);
  const { factor, sentence } = bottleneckOf(result);
  const met = shareOnN.met && onTimeCheck.met;
  const gap = (c: TargetCheck) => `${percent(c.percent)} against a target of ${percent(c.targetPercent)}${c.met ? '' : `, ${(c.targetPercent - c.percent).toFixed(1)} points short`}`;
  const marks = MARKS.map((p, k) => (Number.isFinite(days[k]) ? `${p} % after ${days[k].toFixed(1)} days` : `${p} % never`)).join(', ');
  const lines = [
    met
      ? 'The wave meets its targets.'
      : `The wave misses ${!shareOnN.met && !onTimeCheck.met ? 'both targets' : shareOnN.met ? 'its on-time target' : 'its share-on-n target'}.`,
    `Share on n when the window closes: ${gap(shareOnN)}; ${count(status.outOfPolicy)} instances out of policy.`,
    `Updates on time: ${gap(onTimeCheck)}.`,
    `On n from the window's start: ${marks}.`,
    `${met ? 'What held it back most' : 'Bottleneck'}: ${sentence}.`,
  ];
  return { shareOnN, onTime: onTimeCheck, daysTo: MARKS.map((p, k) => ({ percent: p, days: days[k] })), bottleneck: factor, lines };
}
