/**
 * The KPIs a release manager reads first, picked from a run's summary rows:
 * the same selection and order as the command line's table.
 */
import { MAIN_KPIS } from '../../sim/report/summaryTable.js';
import type { ReportRow } from '../../sim/report/ReportRow.js';

/** The rows of MAIN_KPIS in `summary`, in MAIN_KPIS order, each KPI with all its scopes. */
export function mainKpiRows(summary: readonly ReportRow[]): ReportRow[] {
  return MAIN_KPIS.flatMap((kpi) => summary.filter((row) => row.kpi === kpi));
}
