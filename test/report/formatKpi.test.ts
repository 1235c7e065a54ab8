import { describe, expect, it } from 'vitest';
import { formatKpi, KPI_CATALOGUE } from '../../sim/report/index.js';

const of = (kpi: string) => KPI_CATALOGUE[kpi];

describe('formatKpi', () => {
  it('writes a share in % with one decimal, and a ratio as the same kind of share', () => {
    expect(formatKpi(35.84, of('share_on_n_at_window_end'))).toBe('35.8 %');
    expect(formatKpi(0.358, of('peak_backup_demand_to_capacity'))).toBe('35.8 %');
    expect(formatKpi(1.5, of('peak_backup_demand_to_capacity'))).toBe('150.0 %');
  });

  it('writes counts as whole numbers with thousands separators', () => {
    expect(formatKpi(10482, of('approvals'))).toBe('10,482');
    expect(formatKpi(12345, of('instances'))).toBe('12,345 instances');
    expect(formatKpi(10482.2, of('fallbacks'))).toBe('10,482');
  });

  it('keeps a decimal on few hours and none on many', () => {
    expect(formatKpi(2.437, of('queue_wait_mean'))).toBe('2.4 hours');
    expect(formatKpi(39073.826, of('downtime'))).toBe('39,074 hours');
    expect(formatKpi(99.96, of('downtime'))).toBe('100.0 hours');
    expect(formatKpi(0, of('hours_backup_demand_over_capacity')), 'a count of whole hours').toBe('0 hours');
  });

  it('writes days with one decimal, and sizes in whole GB up to 10,000 GB, then in TB as the charts do', () => {
    expect(formatKpi(41.25, of('days_to_90_percent_on_n'))).toBe('41.3 days');
    expect(formatKpi(5019.4, of('largest_storage_gap'))).toBe('5,019 GB');
    expect(formatKpi(9999.4, of('largest_storage_gap'))).toBe('9,999 GB');
    expect(formatKpi(602331, of('peak_retained_backup_storage'))).toBe('602.3 TB');
    expect(formatKpi(1234.4, of('peak_backup_demand'))).toBe('1,234 GB/h');
    expect(formatKpi(16206, of('peak_backup_demand'))).toBe('16.2 TB/h');
  });

  it('writes a missing value out, in the words of its KPI', () => {
    expect(formatKpi('', of('days_to_99_percent_on_n'))).toBe('never reached');
    expect(formatKpi('', of('defect_detection_delay'))).toBe('never caught');
    expect(formatKpi(NaN, of('queue_wait_p95'))).toBe('no update waited');
  });

  it('writes a met target as yes or no, and a mean over runs as the share of runs', () => {
    expect(formatKpi(1, of('meets_target_share_on_n'))).toBe('yes');
    expect(formatKpi(0, of('meets_target_on_time_share'))).toBe('no');
    expect(formatKpi(0.7, of('meets_target_on_time_share'))).toBe('70 % of runs');
  });

  it('writes the bottleneck in plain words', () => {
    expect(formatKpi('backup', of('bottleneck'))).toBe('backup throughput');
    expect(formatKpi('none', of('bottleneck'))).toBe('nothing');
  });

  it('never writes -0', () => {
    expect(formatKpi(-0.0001, of('downtime'))).toBe('0.0 hours');
  });
});
