/**
 * Which KPIs are shares of a whole, 0–100 % by construction, so their
 * intervals are computed on the logit scale (see shareInterval) and stay
 * within 0–100. Only KPIs whose definition bounds them: the share on n is
 * instances on n out of all instances, the on-time share updates on time out
 * of all updates. Other '%' KPIs are left out on purpose: the storage gap is a
 * share of the actual size and can exceed 100, and the peak slot use share
 * compares a peak with the slots at that moment's plan, which nothing in its
 * definition keeps at or under 100.
 */

/** The share KPIs, in every scope (fleet and each region). */
export const SHARE_KPIS: readonly string[] = ['share_on_n_at_window_end', 'on_time_share'];

/** True when `kpi` is a share of a whole in percent (0–100). */
export function isShareKpi(kpi: string): boolean {
  return SHARE_KPIS.includes(kpi);
}
