/**
 * Numbers as the charts write them: thousands separated, shares as "97.5 %"
 * (a space before the sign, as in the reports).
 */
import { format } from 'd3';

/** A count, "11,065". */
export function formatCount(n: number): string {
  return format(',.0f')(n);
}

/** A quantity with at most `digits` decimals, trailing zeros dropped: "7.7", "1,204". */
export function formatNumber(n: number, digits = 1): string {
  return format(`,.${digits}~f`)(n);
}

/** A share 0–1 as a percentage with at most one decimal: "97.5 %". */
export function formatShare(share: number): string {
  return `${format('.1~f')(share * 100)} %`;
}
