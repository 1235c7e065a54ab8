/**
 * A KPI's figure as a reader sees it, one way per quantity wherever it is
 * shown: a share is "35.8 %" (never "0.358"), counts are whole numbers with
 * thousands separators, hours keep a decimal only while they are few, sizes
 * turn from GB to TB where the charts do, and a missing value is written
 * out ("never reached"), never left blank.
 */
import type { Cell } from './ReportRow.js';
import type { KpiEntry } from './kpiCatalogue.js';
import { groupedNumber } from './groupedNumber.js';
// The charts' axes switch to TB at the same size, so a figure reads as its chart does.
import { TB_FROM_GB } from './sizeUnit.js';


/** `value` (as summary.csv holds it) written by `entry`'s format, with its unit. */
export function formatKpi(value: Cell, entry: KpiEntry): string {
  if (value === '' || (typeof value === 'number' && !Number.isFinite(value))) return entry.whenEmpty;
  if (typeof value === 'string') return entry.words?.[value] ?? value;
  const withUnit = (figure: string) => (entry.unit ? `${figure} ${entry.unit}` : figure);
  switch (entry.format) {
    case 'percent':
      return withUnit(groupedNumber(value, 1));
    case 'ratioPercent':
      return withUnit(groupedNumber(100 * value, 1));
    case 'hours':
      // A wait of 2.4 hours matters to the tenth; 39,073.8 hours of downtime do not.
      return withUnit(groupedNumber(value, Math.abs(value) < 100 ? 1 : 0));
    case 'days':
      return withUnit(groupedNumber(value, 1));
    case 'yesNo':
      return value >= 1 ? 'yes' : value <= 0 ? 'no' : `${groupedNumber(100 * value, 0)} % of runs`;
    case 'gb':
    case 'gbPerHour':
      return Math.abs(value) >= TB_FROM_GB ? `${groupedNumber(value / 1000, 1)} ${entry.unit.replace('GB', 'TB')}` : withUnit(groupedNumber(value, 0));
    case 'count':
    case 'text':
      return withUnit(groupedNumber(value, 0));
  }
}
