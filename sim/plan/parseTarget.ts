/**
 * A planning target as a release manager states it: "at least 99 % of
 * updates on time" is `on-time>=0.99` (or `on-time>=99%`), "98 % of the fleet
 * on n when the window closes" is `on-n>=0.98`. Targets are minimums on
 * shares; each names a KPI of the replications.
 */

/** What each target name measures: the KPI (fleet scope, in %) and how it reads. */
export const TARGET_KPIS = {
  'on-time': { kpi: 'on_time_share', label: 'on-time share' },
  'on-n': { kpi: 'share_on_n_at_window_end', label: 'share on n at window end' },
} as const;

export type TargetName = keyof typeof TARGET_KPIS;

/** A minimum that a KPI must meet. */
export interface Target {
  name: TargetName;
  /** The KPI it constrains (a fleet-scope KPI in %). */
  kpi: string;
  /** The minimum, in % like the KPI. */
  minimumPercent: number;
}

/** A target that cannot be read; the message says what to write instead. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
}

const NAMES = Object.keys(TARGET_KPIS) as TargetName[];
const FORM = /^\s*([^<>=\s]*)\s*(>=|<=|=<|=>|=|>|<)?\s*(.*?)\s*$/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

function isTargetName(name: string): name is TargetName {
  return (NAMES as string[]).includes(name);
}

/** A target's minimum in %: a share from 0 to 1 (`0.99`) or a percent from 0 to 100 (`99%`). */
function minimumPercent(text: string, written: string): number {
  const percent = text.endsWith('%');
  const digits = percent ? text.slice(0, -1).trim() : text;
  const value = Number(digits);
  if (NUMBER.test(digits) && (percent ? value <= 100 : value <= 1)) {
    // 0.29 * 100 is 28.999999999999996 in floating point: ten decimals are plenty and exact enough.
    return percent ? value : Math.round(value * 100 * 1e10) / 1e10;
  }
  throw new TargetError(`"${written}": the minimum must be a share from 0 to 1 (such as 0.99) or a percent (such as 99%)`);
}

/**
 * Reads `<name>>=<minimum>`, such as `on-time>=0.99` or `on-n >= 98%`.
 * Throws a TargetError naming the problem: an unknown name, a bound that is
 * not a minimum (`<=`), or a minimum that is not a share or a percent.
 */
export function parseTarget(text: string): Target {
  const [, name = '', operator, value = ''] = FORM.exec(text) ?? [];
  const known = `known targets: ${NAMES.join(', ')}`;
  if (!isTargetName(name)) throw new TargetError(`"${text}": unknown target "${name}" (${known}); write it as on-time>=0.99`);
  if (operator === undefined) {
    // An unquoted `on-time>=0.99` reaches us as "on-time": the shell took ">" as a redirection.
    throw new TargetError(`"${text}": a target needs a minimum, as in '${name}>=0.99' (put it in quotes: the shell reads > as a redirection)`);
  }
  if (operator !== '>=') throw new TargetError(`"${text}": targets are minimums, written ${name}>=<share>, such as ${name}>=0.99`);
  return { name, kpi: TARGET_KPIS[name].kpi, minimumPercent: minimumPercent(value, text) };
}

/** Reads every target; a KPI may be targeted once. */
export function parseTargets(texts: readonly string[]): Target[] {
  const targets = texts.map(parseTarget);
  targets.forEach((target, i) => {
    if (targets.findIndex((t) => t.name === target.name) !== i) throw new TargetError(`"${target.name}" is targeted twice: give one minimum per target`);
  });
  return targets;
}
