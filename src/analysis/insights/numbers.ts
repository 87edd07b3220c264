// The figures an insight carries, as a reader sees them: a plain name for each, a phrase saying
// what a measure means where it appears ("betweenness" alone tells a workshop nothing), and the
// internal bookkeeping left out (a community's number is an index, not a figure anyone can use:
// "community a 0 · community b 6"). Rules keep their numbers as data; this only words them, so the
// Insights panel, a report and the command line say the same. Pure: no React.
import { CAPACITY_DIMENSIONS } from '../../model';

export interface InsightFigure {
  readonly key: string;
  /** Plain name, e.g. "Nodes cut off". */
  readonly label: string;
  /** The value as written: whole numbers plainly, shares and ratios to three figures. */
  readonly value: string;
  /** What the figure means, for measures; '' when the name says it all. */
  readonly explanation: string;
}

interface FigureWording {
  readonly label: string;
  readonly explanation?: string;
  /** Internal (an index or a rule setting), not shown. */
  readonly hidden?: boolean;
}

/** How each known figure key is named; unknown keys fall back to their words ("fooBar" → "foo bar"). */
const INSIGHT_FIGURES: Readonly<Record<string, FigureWording>> = {
  cutOff: { label: 'Nodes cut off' },
  receiversCutOff: { label: 'Care receivers among them' },
  parts: { label: 'Pieces the network would split into' },
  receivers: { label: 'Care receivers' },
  ties: { label: 'Ties' },
  formalNodes: { label: 'Formal nodes' },
  formalContacts: { label: 'Formal contacts' },
  informalContacts: { label: 'Informal or mixed contacts' },
  betweenness: {
    label: 'Betweenness',
    explanation: 'how often this node lies on the shortest path between two others (0 never, 1 always)',
  },
  communityA: { label: 'First community', hidden: true },
  communityB: { label: 'Second community', hidden: true },
  community: { label: 'Community', hidden: true },
  sizeA: { label: 'Size of the first community' },
  sizeB: { label: 'Size of the second community' },
  size: { label: 'Members' },
  givers: { label: 'People giving care' },
  formalGivers: { label: 'Formal carers' },
  informalGivers: { label: 'Informal carers' },
  unmet: { label: 'Needs not met' },
  offeredElsewhere: { label: 'Of those, offered elsewhere in the network' },
  nodes: { label: 'Nodes' },
  inactiveTies: { label: 'Inactive ties' },
  embeddedness: {
    label: 'Embeddedness',
    explanation: 'how many generative or engaged ties the team has with community actors',
  },
  dormantTies: { label: 'Dormant ties' },
  statutory: { label: 'Statutory services' },
  capacityReceivers: { label: 'Care receivers it can take on' },
  capacityHours: { label: 'Hours a week it can give' },
  hoursGiven: { label: 'Hours a week given' },
  ratio: { label: 'Hours given per hour of capacity' },
  roles: { label: 'Roles held' },
  hats: { label: 'Hats worn' },
  shared: { label: 'Hats shared with others' },
  contexts: { label: 'Teams and circles' },
  vacant: { label: 'Hats no one wears' },
  careTies: { label: 'Care ties' },
  threshold: { label: 'Threshold', hidden: true },
};

function wordsOf(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A figure's value as written: integers plainly, other numbers to three significant figures. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return Number.isInteger(value) ? String(value) : Number(value.toPrecision(3)).toString();
}

/**
 * The figures of an insight in their order, worded for a reader (see INSIGHT_FIGURES), without the
 * hidden ones. A capacity dimension key (a partner's level on it) is named by the dimension.
 */
export function describeFigures(numbers: Readonly<Record<string, number>>): InsightFigure[] {
  const out: InsightFigure[] = [];
  for (const [key, v] of Object.entries(numbers)) {
    const known = Object.hasOwn(INSIGHT_FIGURES, key) ? INSIGHT_FIGURES[key] : undefined;
    if (known?.hidden === true) continue;
    const dimension = CAPACITY_DIMENSIONS.find((d) => d.id === key);
    const label = known?.label ?? (dimension ? `${dimension.label} (level)` : wordsOf(key));
    out.push({ key, label, value: formatFigure(v), explanation: known?.explanation ?? '' });
  }
  return out;
}
