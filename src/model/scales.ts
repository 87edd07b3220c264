// The orders of the ordinal tie scales, defined once: which way is "up" for a tie's strength,
// frequency and closeness (domain §3.3.1, §7.4). Comparisons over time, the closeness weighting of
// the analysis and any view that sorts by these scales read them from here. Each order is derived
// from its catalogue (which lists the strongest, most frequent, closest value first), so a value
// added to a catalogue takes its place on the scale too.
import {
  CLOSENESS_IDS,
  type Closeness,
  FREQUENCY_IDS,
  type Frequency,
  STRENGTH_IDS,
  type Strength,
} from './catalogues';
import type { Tie } from './schema';

/**
 * Strength from weakest to strongest: inactive < engaged < generative. "Unclassified" means
 * "not yet assessed" and has no place on the scale, so a move to or from it is neither up nor down.
 */
export const STRENGTH_SCALE: readonly Strength[] = STRENGTH_IDS.filter((s) => s !== 'unclassified').reverse();

/** Frequency from rarest to most frequent: one-off < occasional < monthly < … < daily. */
export const FREQUENCY_SCALE: readonly Frequency[] = [...FREQUENCY_IDS].reverse();

/** Closeness from the outer ring to the inner: outer < middle < inner. */
export const CLOSENESS_SCALE: readonly Closeness[] = [...CLOSENESS_IDS].reverse();

/** The four tie scales a comparison follows; `hours` is hours a week (a number, not a rank). */
export const TIE_SCALES = ['strength', 'frequency', 'closeness', 'hours'] as const;
export type TieScale = (typeof TIE_SCALES)[number];

function rank<T>(scale: readonly T[], value: T | undefined): number | null {
  if (value === undefined) return null;
  const i = scale.indexOf(value);
  return i < 0 ? null : i + 1;
}

/** 1 (inactive) to 3 (generative); null for unclassified. */
export function strengthRank(strength: Strength): number | null {
  return rank(STRENGTH_SCALE, strength);
}

/** 1 (one-off) to 7 (daily); null when unset. */
export function frequencyRank(frequency: Frequency | undefined): number | null {
  return rank(FREQUENCY_SCALE, frequency);
}

/** 1 (outer ring) to 3 (inner ring); null when unset. */
export function closenessRank(closeness: Closeness | undefined): number | null {
  return rank(CLOSENESS_SCALE, closeness);
}

/**
 * Where a tie stands on one scale: a rank for strength, frequency and closeness, hours a week
 * for `hours`; null when the tie does not say (or is unclassified).
 */
export function tieLevel(tie: Tie, scale: TieScale): number | null {
  switch (scale) {
    case 'strength':
      return strengthRank(tie.strength);
    case 'frequency':
      return frequencyRank(tie.frequency);
    case 'closeness':
      return closenessRank(tie.closeness);
    case 'hours':
      return tie.hoursPerWeek ?? null;
  }
}

/** 'up' or 'down' between two levels, or null when either is unknown or they are equal. */
export function levelMove(before: number | null, after: number | null): 'up' | 'down' | null {
  if (before === null || after === null || before === after) return null;
  return after > before ? 'up' : 'down';
}
