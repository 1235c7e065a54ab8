/**
 * The KPIs reconcile with the rows: every figure of summary.csv that can be
 * counted from instances.csv, communications.csv or timeseries.csv agrees
 * with the count, so the summary, the rows and the charts tell one story.
 */
import { Violations, type CheckFactory } from './Check.js';
import { reportHours, type Row } from './RunRows.js';

function count(rows: readonly Row[], keep: (row: Row) => boolean): number {
  let n = 0;
  for (const row of rows) if (keep(row)) n++;
  return n;
}

function sum(rows: readonly Row[], column: string): number {
  let total = 0;
  for (const row of rows) total += Number(row[column]);
  return total;
}

export const kpisReconcile: CheckFactory = (facts) => {
  const v = new Violations(20);
  return {
    rule: 'reconciles every KPI with the rows: summary, instances, communications and the hourly share agree',
    rows({ summary, instances, communications, timeseries, gates, result }) {
      const kpi = (name: string, scope = 'fleet') => {
        const row = summary.find((r) => r.kpi === name && r.scope === scope);
        if (!row) throw new Error(`summary.csv has no ${name} for ${scope}`);
        return row.value === '' ? NaN : Number(row.value);
      };
      const same = (name: string, counted: number, scope = 'fleet', tolerance = 0) =>
        v.expect(Math.abs(kpi(name, scope) - counted) <= tolerance, () => `${name} (${scope}): summary ${kpi(name, scope)}, rows ${counted}`);
      const onN = (r: Row) => r.outcome === 'alreadyCurrent' || r.outcome === 'updated';
      const n1Unsupported = facts.windowEndDay > facts.lastSupportedDay;
      const behind = (r: Row) => !onN(r) && r.outcome !== 'importRefused';

      same('instances', instances.length);
      same('instances_updated', count(instances, (r) => r.outcome === 'updated'));
      same('instances_missed_window', count(instances, (r) => r.outcome === 'missedWindow'));
      same('instances_on_n_at_window_end', count(instances, onN));
      same('share_on_n_at_window_end', (100 * count(instances, onN)) / instances.length, 'fleet', 0.005 + 1e-9);
      same('out_of_policy_on_n_minus_2', count(instances, (r) => behind(r) && r.to_version === 'n-2'));
      same('out_of_policy_on_n_minus_1', n1Unsupported ? count(instances, (r) => behind(r) && r.to_version === 'n-1') : 0);
      same('out_of_policy_import_refused', count(instances, (r) => r.outcome === 'importRefused'));
      same('update_steps_completed', sum(instances, 'steps_completed'));
      same('reschedules', sum(instances, 'reschedules'));
      same('failures', sum(instances, 'failures'));
      same('fallbacks', sum(instances, 'fallbacks'));
      same('gate_halts', count(gates, (r) => r.decision === 'halt'));
      same('gate_false_halts', count(gates, (r) => r.decision === 'halt' && r.defect_active === '0'));
      // Each row's downtime is rounded to 3 decimals.
      same('downtime', sum(instances, 'downtime_hours'), 'fleet', 0.0005 * instances.length + 0.001);
      v.expect(kpi('approvals') >= count(instances, (r) => r.approved_utc !== ''), () => `approvals ${kpi('approvals')} below the approved instances`);
      v.expect(kpi('mandatory_updates') >= count(instances, (r) => r.mandatory === '1'), () => `mandatory_updates ${kpi('mandatory_updates')} below the instances updated without approval`);
      result.regions.forEach((region) => {
        const mine = instances.filter((r) => r.region === region);
        if (mine.length > 0) same('share_on_n_at_window_end', (100 * count(mine, onN)) / mine.length, region, 0.005 + 1e-9);
      });
      for (const type of new Set(communications.map((r) => r.message_type))) {
        same('messages', sum(communications.filter((r) => r.message_type === type), 'messages'), type);
      }
      // Every update belongs to the window: none ends after its last window closes, and the hourly share ends where the summary does.
      const close = facts.windowCloseHour;
      for (const row of instances) {
        if (row.outcome === 'updated') v.expect(reportHours(result.epochDate, row.completed_utc) <= close + 1 / 60, () => `${row.instance}: updated at ${row.completed_utc}, after the window closed`);
      }
      const last = Number(timeseries[timeseries.length - 1].share_on_n) * 100;
      v.expect(Math.abs(last - kpi('share_on_n_at_window_end')) <= 0.01 + 1e-9, () => `timeseries.csv ends at ${last} % on n, summary says ${kpi('share_on_n_at_window_end')} %`);
    },
    violations: () => v.list(),
  };
};
