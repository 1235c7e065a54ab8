/**
 * Storage sizes read best in GB until they reach tens of thousands, then in
 * TB (decimal: 1 TB = 1,000 GB, as storage is sold and reported). The KPI
 * tables and the charts' axes switch at the same size.
 */

/** A unit for sizes (or size rates) and what to divide GB by to get it. */
export interface SizeUnit {
  unit: 'GB' | 'TB';
  divisor: 1 | 1000;
}

/** From this many GB on, sizes are shown in TB. */
export const TB_FROM_GB = 10_000;

/** The unit for sizes up to `maxGb`: TB from 10,000 GB, else GB. */
export function sizeUnit(maxGb: number): SizeUnit {
  return maxGb >= TB_FROM_GB ? { unit: 'TB', divisor: 1000 } : { unit: 'GB', divisor: 1 };
}
