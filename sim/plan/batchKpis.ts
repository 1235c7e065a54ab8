/**
 * The KPIs the batch commands print, in this order: the run's main KPIs with
 * the on-time share beside the share on n, the two figures a plan targets.
 */
import { MAIN_KPIS } from '../report/summaryTable.js';

/** MAIN_KPIS with `on_time_share` after `share_on_n_at_window_end`. */
export const BATCH_KPIS: readonly string[] = MAIN_KPIS.flatMap((kpi) => (kpi === 'share_on_n_at_window_end' ? [kpi, 'on_time_share'] : [kpi]));
