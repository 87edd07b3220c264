// How a counted privacy cell looks: one mark standing for everyone drawn "approximately" in one
// cell of the privacy grid (model/privacy.ts), labelled with how many, instead of one marker each
// on the cell centre. Its colour is the members' own when they all share one (everyone a person
// coloured by kind, say), else the neutral fill, so a cell never claims a colour that only some of
// its members have; its size grows with the count by area. Which nodes fall in which cell is the
// renderer's business (the map knows the grid); this only says how a cell of given members looks.
import type { NodeLook } from './look';
import { inkOn, NEUTRAL_FILL } from './palette';

/** Radius in CSS pixels of a cell of one, and the largest a cell grows to. */
export const CELL_RADIUS = { min: 13, max: 30 } as const;

export interface CellLook {
  /** How many members the cell stands for. */
  readonly count: number;
  /** The count as drawn inside the mark. */
  readonly text: string;
  readonly colour: string;
  readonly ink: string;
  /** Radius in CSS pixels. */
  readonly radius: number;
  /** A member is selected / under the pointer / picked out by an insight. */
  readonly selected: boolean;
  readonly hovered: boolean;
  readonly highlighted: boolean;
  /** Every member is dimmed (outside the focus or an insight's highlight). */
  readonly dimmed: boolean;
}

/**
 * Radius for a cell of `count` members: CELL_RADIUS.min for one, growing with the square root of
 * the count (so the area grows with the count) by 4 px per step, capped at CELL_RADIUS.max.
 * E.g. 1 → 13, 4 → 17, 9 → 21, 16 → 25, 25 and more → 29–30.
 */
export function cellRadius(count: number): number {
  if (count <= 1) return CELL_RADIUS.min;
  return Math.min(CELL_RADIUS.max, CELL_RADIUS.min + 4 * (Math.sqrt(count) - 1));
}

/** The look of a cell standing for `members` (at least one; their looks as lookOf gave them). */
export function cellLookOf(members: readonly NodeLook[]): CellLook {
  const first = members[0]?.colour;
  const shared = first !== undefined && members.every((m) => m.colour === first);
  const colour = shared ? first : NEUTRAL_FILL;
  return {
    count: members.length,
    text: String(members.length),
    colour,
    ink: inkOn(colour),
    radius: cellRadius(members.length),
    selected: members.some((m) => m.selected),
    hovered: members.some((m) => m.hovered),
    highlighted: members.some((m) => m.state === 'highlighted'),
    dimmed: members.length > 0 && members.every((m) => m.state === 'dimmed'),
  };
}
