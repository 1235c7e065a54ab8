/**
 * What the Plan tab shows of a capacity search: the plan itself (levels
 * evaluated, recommendation) and plan.csv, the command line's file.
 */
import { planColumns, planRows, type CapacityPlan } from '../../sim/plan/index.js';
import type { ReportFile } from '../../sim/report/reportFiles.js';
import { toCsv } from '../../sim/report/toCsv.js';

export interface PlanStudy {
  scenarioName: string;
  seed: number;
  plan: CapacityPlan;
  /** plan.csv. */
  files: ReportFile[];
}

/** The study of `plan`, found for `scenarioName` under `seed`. */
export function planStudy(scenarioName: string, seed: number, plan: CapacityPlan): PlanStudy {
  return { scenarioName, seed, plan, files: [{ name: 'plan.csv', text: toCsv(planColumns(plan), planRows(plan)) }] };
}
