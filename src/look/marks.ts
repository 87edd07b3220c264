// Marks a view can put on single nodes and ties on top of their usual look: what a comparison of
// two maps says of each (added, lost, changed), and what arrived from phones in a live workshop. Every mark reads by colour AND by a second cue that
// survives greyscale or colour blindness: the outline of a node (solid, dashed, double), a badge
// character beside it, and a shape in the middle of a tie. The look module only carries the mark
// id per element; each renderer draws MARKS the same way as it draws everything else.
import { OKABE_ITO } from './palette';

export const MARK_IDS = ['added', 'lost', 'changed', 'arrived'] as const;
export type MarkId = (typeof MARK_IDS)[number];

export interface MarkLook {
  /** What the legend says. */
  readonly label: string;
  /** Colour of a marked node's outline and of a marked tie's line. */
  readonly colour: string;
  /** A marked node's outline: told apart without colour. */
  readonly outline: 'solid' | 'dashed' | 'double';
  /** One character drawn beside a marked node and on a marked tie (text, never markup). */
  readonly badge: string;
  /** The shape drawn in the middle of a marked tie (named as cytoscape names arrow shapes). */
  readonly tieShape: 'circle' | 'square' | 'diamond';
  /** Drawn faded: it is no longer there. */
  readonly faded: boolean;
}

export const MARKS: Readonly<Record<MarkId, MarkLook>> = {
  added: { label: 'Added', colour: OKABE_ITO.bluishGreen, outline: 'solid', badge: '+', tieShape: 'circle', faded: false },
  lost: { label: 'Lost', colour: OKABE_ITO.vermillion, outline: 'dashed', badge: '−', tieShape: 'square', faded: true },
  changed: { label: 'Changed', colour: OKABE_ITO.orange, outline: 'double', badge: '~', tieShape: 'diamond', faded: false },
  // Never shown with a comparison's marks; purple stays apart from the selection's black and the
  // highlight's vermillion on a shared screen.
  arrived: { label: 'Arrived from a phone', colour: OKABE_ITO.reddishPurple, outline: 'solid', badge: '•', tieShape: 'circle', faded: false },
};

/** Whether a value is one of the mark ids (marks come from other views' data). */
export function isMarkId(value: unknown): value is MarkId {
  return typeof value === 'string' && (MARK_IDS as readonly string[]).includes(value);
}
