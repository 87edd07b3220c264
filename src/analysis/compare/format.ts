// How an indicator's value and its change read in text (the command line's summary, the
// evaluation report, the app's panel): shares as percentages and percentage points, counts and
// numbers as formatNumber writes them, a missing value as "–".
import type { IndicatorUnit } from './indicators';
import { formatNumber } from './sentences';
import { percent } from '../figures';

/** A value of an indicator: "42.0%", "14", or "–" when unknown. */
export function indicatorValue(x: number | null, unit: IndicatorUnit): string {
  if (x === null) return '–';
  return unit === 'share' ? percent(x) : formatNumber(x);
}

/** A change of an indicator with its sign: "+3", "−2.5 pts", "±0". */
export function indicatorChange(x: number | null, unit: IndicatorUnit): string {
  if (x === null) return '–';
  const sign = x > 0 ? '+' : x < 0 ? '−' : '±';
  const size = Math.abs(x);
  return unit === 'share' ? `${sign}${(Math.round(size * 1000) / 10).toFixed(1)} pts` : `${sign}${formatNumber(size)}`;
}
