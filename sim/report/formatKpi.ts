/**
 * A KPI's figure as a reader sees it, one way per quantity wherever it is
 * shown: a share is "35.8 %" (never "0.358"), counts are whole numbers with
 * thousands separators, hours keep a decimal only while they are few, sizes
 * turn from GB to TB where the charts do, and a missing value is written
 * out ("never reached"), never left blank.
 */
import type { Cell } from './ReportRow.js';
import type { KpiEntry } from './kpiCatalogue.js';

/**
 * From this many GB on, a size (or a rate) is written in TB, decimal as
 * storage is sold: the charts' axes switch at the same size
 * (viz/charts/toolkit/sizeUnit.ts), so a figure reads as its chart does.
 */
const TB_FROM_GB = 10_000;

/** Fixed to English, so figures read the same on every machine and in the tests. */
const numberFormats = new Map<number, Intl.NumberFormat>();
function grouped(value: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(decimals, format);
  }
  // Rounded first and 0 added, so a tiny negative is written "0", not "-0".
  const scale = 10 ** decimals;
  return format.format(Math.round(value * scale) / scale + 0);
}

/** `value` (as summary.csv holds it) written by `entry`'s format, with its unit. */
export function formatKpi(value: Cell, entry: KpiEntry): string {
  if (value === '' || (typeof value === 'number' && !Number.isFinite(value))) return entry.whenEmpty;
  if (typeof value === 'string') return entry.words?.[value] ?? value;
  const withUnit = (figure: string) => (entry.unit ? `${figure} ${entry.unit}` : figure);
  switch (entry.format) {
    case 'percent':
      return withUnit(grouped(value, 1));
    case 'ratioPercent':
      return withUnit(grouped(100 * value, 1));
    case 'hours':
      // A wait of 2.4 hours matters to the tenth; 39,073.8 hours of downtime do not.
      return withUnit(grouped(value, Math.abs(value) < 100 ? 1 : 0));
    case 'days':
      return withUnit(grouped(value, 1));
    case 'yesNo':
      return value >= 1 ? 'yes' : value <= 0 ? 'no' : `${grouped(100 * value, 0)} % of runs`;
    case 'gb':
    case 'gbPerHour':
      return Math.abs(value) >= TB_FROM_GB ? `${grouped(value / 1000, 1)} ${entry.unit.replace('GB', 'TB')}` : withUnit(grouped(value, 0));
    case 'count':
    case 'text':
      return withUnit(grouped(value, 0));
  }
}
