// How each kind of node and tie looks on the graph, the map, the legend and the pictures: one
// table, so they all agree. Kind is told three ways (shape, colour and a letter), so it reads
// without colour; colours are the Okabe–Ito palette, which stays distinct under the common forms
// of colour blindness. Tie formality is told by line style, not colour.
import type { Frequency, NodeKind, PersonRole, TieKind } from '../model';
import { hexToRgb } from './colour';

/** Okabe & Ito (2008), "Color Universal Design": eight colours distinguishable by most viewers. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** The one colour of an insight's highlight, on the graph and the map alike. */
export const HIGHLIGHT_COLOUR = OKABE_ITO.vermillion;

/**
 * The fill of a node with no value when nodes are coloured by a measure, and of the kind samples
 * in the legend then: a neutral grey, so colour speaks only of the measure (shape and letter still
 * tell the kind).
 */
export const NEUTRAL_FILL = '#BDBDBD';

/** Node shapes used, named as cytoscape names them (the SVG export draws the same ones). */
export type NodeShape = 'ellipse' | 'round-triangle' | 'hexagon' | 'round-rectangle' | 'round-diamond' | 'ring';

export interface KindLook {
  readonly label: string;
  readonly shape: NodeShape;
  /** Fill colour. */
  readonly colour: string;
  /** Colour of the letter drawn on the fill (chosen for at least 4.5:1 contrast against it). */
  readonly ink: string;
  /** One capital letter drawn inside the node. */
  readonly letter: string;
  /** Diameter in model units (pixels at zoom 1). */
  readonly size: number;
}

export const KIND_LOOKS: Readonly<Record<NodeKind, KindLook>> = {
  person: { label: 'Person', shape: 'ellipse', colour: OKABE_ITO.blue, ink: '#FFFFFF', letter: 'P', size: 30 },
  group: { label: 'Group', shape: 'round-triangle', colour: OKABE_ITO.bluishGreen, ink: '#000000', letter: 'G', size: 38 },
  organisation: { label: 'Organisation', shape: 'hexagon', colour: OKABE_ITO.vermillion, ink: '#000000', letter: 'O', size: 36 },
  space: { label: 'Space', shape: 'round-rectangle', colour: OKABE_ITO.orange, ink: '#000000', letter: 'S', size: 32 },
  team: { label: 'Team', shape: 'round-diamond', colour: OKABE_ITO.reddishPurple, ink: '#000000', letter: 'T', size: 38 },
  circle: { label: 'Circle', shape: 'ring', colour: OKABE_ITO.skyBlue, ink: '#000000', letter: 'C', size: 38 },
};

/** WCAG relative luminance of a '#rrggbb' colour (0 black to 1 white). */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex);
  const linear = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Black or white, whichever contrasts more with `fill` (a '#rrggbb' colour): the letter's ink. */
export function inkOn(fill: string): '#000000' | '#FFFFFF' {
  const l = luminance(fill);
  // Contrast ratios (L1 + 0.05) / (L2 + 0.05) against white (L = 1) and black (L = 0).
  return 1.05 / (l + 0.05) > (l + 0.05) / 0.05 ? '#FFFFFF' : '#000000';
}

/** How a tie's line is drawn. */
export type LineStyle = 'solid' | 'dashed' | 'dotted';

export const TIE_LOOKS = {
  formal: { label: 'Formal care (paid, statutory)', line: 'solid' as LineStyle, colour: '#3D3D3D' },
  informal: { label: 'Informal care (gifted, neighbourly)', line: 'dashed' as LineStyle, colour: '#3D3D3D' },
  other: { label: 'Membership, partnership and other links', line: 'dotted' as LineStyle, colour: '#7A7A7A' },
} as const;

/**
 * How a tie is drawn in a support network (after Atlas CareMap): by how often, not by formality.
 * Daily solid; several times a week, weekly and fortnightly dashed; monthly and less often dotted.
 */
export const FREQUENCY_LINES: Readonly<Record<Frequency, LineStyle>> = {
  daily: 'solid',
  several_weekly: 'dashed',
  weekly: 'dashed',
  fortnightly: 'dashed',
  monthly: 'dotted',
  occasional: 'dotted',
  one_off: 'dotted',
};

/** The tie lines of a support network: by frequency, and a lighter grey solid line while how often is not known. */
export const FREQUENCY_LOOKS = {
  daily: { label: 'Daily', line: 'solid' as LineStyle, colour: '#3D3D3D' },
  weekly: { label: 'Weekly (or a few times a week, or fortnightly)', line: 'dashed' as LineStyle, colour: '#3D3D3D' },
  occasional: { label: 'Monthly or less often', line: 'dotted' as LineStyle, colour: '#3D3D3D' },
  unknown: { label: 'How often not known yet', line: 'solid' as LineStyle, colour: '#A0A0A0' },
} as const;

/** Arrowheads, named as cytoscape names them (the SVG export draws the same ones). */
export type ArrowShape = 'triangle' | 'vee' | 'none';

/** Tie kinds drawn with an arrowhead at the target (care ties always have one). */
export const DIRECTED_TIE_KINDS: ReadonlySet<TieKind> = new Set([
  'care',
  'membership',
  'hosted_at',
  'referral',
  'commons_membership',
  'double_link',
]);

/** Short role names for the second label line (the catalogue's labels are too long for a canvas). */
export const ROLE_BADGES: Readonly<Record<PersonRole, string>> = {
  team_owner: 'Team Owner',
  care_worker_employed: 'Care worker',
  care_worker_independent: 'Care worker (ind.)',
  family: 'Family',
  friend: 'Friend',
  neighbour: 'Neighbour',
  volunteer: 'Volunteer',
  peer_supporter: 'Peer supporter',
  professional: 'Professional',
  advocate: 'Advocate',
  team_starter: 'Team Starter',
  coach: 'Coach',
  commons_organiser: 'Commons Organiser',
  peer_supervisor: 'Peer Supervisor',
  recruiter: 'Recruiter',
  circle_facilitator: 'Facilitator',
  circle_secretary: 'Secretary',
  circle_leader: 'Circle Leader',
  circle_delegate: 'Delegate',
};

/** The role line under a person's name: the first two roles, then "+N" for the rest; '' if none. */
export function roleLine(roles: readonly PersonRole[]): string {
  if (roles.length === 0) return '';
  const shown = roles.slice(0, 2).map((r) => ROLE_BADGES[r]);
  return roles.length > 2 ? `${shown.join(', ')} +${roles.length - 2}` : shown.join(', ');
}

/**
 * Line width of a tie in model units: by hours a week when known (1.5 + 1.25·√hours, capped at
 * 10, so 1 h → 2.75, 4 h → 4, 16 h → 6.5), else by closeness (inner 6, middle 4, outer 2.5),
 * else 2; ties other than care are 1.5.
 */
export function tieWidth(kind: TieKind, hoursPerWeek?: number, closeness?: 'inner' | 'middle' | 'outer'): number {
  if (kind !== 'care') return 1.5;
  if (hoursPerWeek !== undefined && hoursPerWeek > 0) return Math.min(10, 1.5 + 1.25 * Math.sqrt(hoursPerWeek));
  if (closeness === 'inner') return 6;
  if (closeness === 'middle') return 4;
  if (closeness === 'outer') return 2.5;
  return 2;
}
