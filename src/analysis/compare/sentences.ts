// "What changed, in sentences": each finding of a comparison as one plain sentence with its
// numbers and the ids of the nodes and ties it names, shaped like the insights so a view can
// highlight them the same way. Node ids follow the comparison's rule (state B's id for anything
// in B, state A's for what is only in A). Labels go into sentences as plain text; showing them
// safely (as text, never markup) is the view's job.
import { type CareMap, type CareNode, closeSentence, labelOf, PERSON_ROLES } from '../../model';
import { type CareIndex, careReceived, receivers } from '../care';
import { percent, teamFigures } from '../figures';
import type { SentenceFinding } from '../finding';
import { nameList, plural } from '../insights/wording';
import type { LoadChange, TieMove } from './diff';
import type { IndicatorInput, IndicatorRow, Indicators, PersonalIndicators } from './indicators';
import type { WaveMeasures } from './waves';

export type ChangeFindingKind =
  'gone' | 'new' | 'people' | 'load' | 'indicator' | 'personal' | 'ties' | 'receiver' | 'roles' | 'waves';

export type ChangeFinding = SentenceFinding<ChangeFindingKind>;

export interface SentenceInput extends IndicatorInput {
  readonly indicators: Indicators;
  readonly waves: WaveMeasures;
}

// ---------------------------------------------------------------- wording

/** A number as a sentence shows it: whole numbers as they are, others to at most 3 decimals. */
export function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 1000) / 1000);
}

function value(row: Pick<IndicatorRow, 'unit'>, x: number): string {
  return row.unit === 'share' ? percent(x) : formatNumber(x);
}

function upDown(before: number, after: number): string {
  return after > before ? 'up' : 'down';
}

/** "its" for groups and organisations, "their" for people (the map does not record pronouns). */
function its(node: Pick<CareNode, 'kind'> | undefined): string {
  return node?.kind === 'person' ? 'their' : 'its';
}

function careTypeLabels(doc: CareMap, ids: readonly string[], fallback?: CareMap): string[] {
  const label = (id: string) =>
    doc.careTypes.find((c) => c.id === id)?.label ??
    fallback?.careTypes.find((c) => c.id === id)?.label ??
    id;
  return ids.map(label);
}

// ---------------------------------------------------------------- nodes that went or came

/** Receivers in A whose informal care all came from one giver, by that giver. */
function soleInformalGivers(ia: CareIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of receivers(ia)) {
    const informal = new Set(
      careReceived(ia, r.id)
        .filter((f) => f.side === 'informal')
        .map((f) => f.giver),
    );
    const [only] = informal;
    if (only === undefined || informal.size !== 1) continue;
    const list = out.get(only);
    if (list === undefined) out.set(only, [r.id]);
    else list.push(r.id);
  }
  return out;
}

function goneFindings(input: SentenceInput): ChangeFinding[] {
  const { a, ia, matching, comparison } = input;
  const byId = new Map(a.nodes.map((n) => [n.id as string, n]));
  const removedTies = new Set(comparison.ties.removed);
  const out: ChangeFinding[] = [];
  const people: CareNode[] = [];
  let sole: Map<string, string[]> | undefined;
  for (const id of comparison.nodes.removed) {
    const node = byId.get(id);
    if (node === undefined) continue;
    if (node.kind === 'person') {
      people.push(node);
      continue;
    }
    const ties = (ia.tiesOf.get(id) ?? []).map((t) => t.id as string).filter((t) => removedTies.has(t));
    sole ??= soleInformalGivers(ia);
    const stranded = sole.get(id) ?? [];
    const verb = node.kind === 'team' ? 'has ended' : 'has gone';
    const detail =
      stranded.length > 0
        ? `: ${plural(stranded.length, 'receiver')} lost their only informal tie (${nameList(stranded.map((r) => ia.byId.get(r)?.label ?? r))})`
        : ties.length > 0
          ? `, with ${its(node)} ${plural(ties.length, 'tie')}`
          : '';
    out.push({
      id: `gone:${id}`,
      kind: 'gone',
      sentence: `${node.label} ${verb}${detail}.`,
      nodes: [id, ...stranded.map((r) => matching.aToB.get(r) ?? r)],
      ties,
      numbers: { ties: ties.length, receiversLosingOnlyInformalTie: stranded.length },
    });
  }
  if (people.length > 0) {
    out.push({
      id: 'people-left',
      kind: 'people',
      sentence: closeSentence(
        `${plural(people.length, 'person', 'people')} left the map: ${nameList(people.map((p) => p.label))}`,
      ),
      nodes: people.map((p) => p.id),
      ties: [],
      numbers: { people: people.length },
    });
  }
  return out;
}

function newFindings(input: SentenceInput): ChangeFinding[] {
  const { b, ib, comparison } = input;
  const byId = new Map(b.nodes.map((n) => [n.id as string, n]));
  const added = new Set(comparison.ties.added);
  const out: ChangeFinding[] = [];
  const people: CareNode[] = [];
  for (const id of comparison.nodes.added) {
    const node = byId.get(id);
    if (node === undefined) continue;
    if (node.kind === 'person') {
      people.push(node);
      continue;
    }
    const ties = (ib.tiesOf.get(id) ?? []).map((t) => t.id as string).filter((t) => added.has(t));
    if (node.kind === 'team') {
      const members = (ib.tiesOf.get(id) ?? [])
        .filter((t) => t.kind === 'membership' && t.target === id)
        .map((t) => t.source as string);
      const owners = ib.teamOwners.get(id) ?? [];
      const around =
        owners.length > 0 ? ` around ${nameList(owners.map((o) => ib.byId.get(o)?.label ?? o))}` : '';
      out.push({
        id: `new:${id}`,
        kind: 'new',
        sentence: `${node.label} has formed${around}, with ${plural(members.length, 'member')}.`,
        nodes: [id, ...members],
        ties,
        numbers: { members: members.length },
      });
      continue;
    }
    const given = [...new Set((ib.flowsOut.get(id) ?? []).map((f) => f.receiver))];
    out.push({
      id: `new:${id}`,
      kind: 'new',
      sentence: `${node.label} is new on the map${given.length > 0 ? `, giving care to ${plural(given.length, 'receiver')}` : ''}.`,
      nodes: [id, ...given],
      ties,
      numbers: { receivers: given.length },
    });
  }
  if (people.length > 0) {
    const roles = new Map<string, number>();
    for (const p of people) {
      const role = p.roles[0];
      const word = role === undefined ? 'without a role' : labelOf(PERSON_ROLES, role).toLowerCase();
      roles.set(word, (roles.get(word) ?? 0) + 1);
    }
    // One-word roles read as plurals ("4 volunteers"); longer labels are counted as they are.
    const mix = [...roles]
      .map(([word, n]) => (/^[a-z]+$/.test(word) ? plural(n, word) : `${n} ${word}`))
      .join(', ');
    out.push({
      id: 'people-joined',
      kind: 'people',
      sentence: closeSentence(
        `${plural(people.length, 'person', 'people')} joined the map (${mix}): ${nameList(people.map((p) => p.label))}`,
      ),
      nodes: people.map((p) => p.id),
      ties: [],
      numbers: { people: people.length },
    });
  }
  return out;
}

// ---------------------------------------------------------------- loads

function capacityClause(
  over: boolean,
  capacity: number | null,
  before: number | null,
  pronoun: string,
  noun: string,
): string {
  if (capacity === null) return '';
  const raised =
    before !== null && before !== capacity
      ? ` (${capacity > before ? 'raised' : 'lowered'} from ${formatNumber(before)})`
      : '';
  return `, ${over ? 'over' : 'within'} ${pronoun} ${noun} of ${formatNumber(capacity)}${raised}`;
}

/** One load change in words, or null when nobody was over capacity at either date. */
function loadFinding(change: LoadChange, ib: CareIndex): ChangeFinding | null {
  const { before, after } = change;
  const wasOver = before.overHours || before.overReceivers;
  const isOver = after.overHours || after.overReceivers;
  if (!wasOver && !isOver) return null;
  const node = ib.byId.get(change.b);
  const pronoun = its(node);
  const parts: string[] = [];
  if (before.hoursGiven !== after.hoursGiven || before.capacityHours !== after.capacityHours) {
    const moved =
      before.hoursGiven !== after.hoursGiven
        ? `now gives ${formatNumber(after.hoursGiven)} hours a week, ${upDown(before.hoursGiven, after.hoursGiven)} from ${formatNumber(before.hoursGiven)}`
        : `still gives ${formatNumber(after.hoursGiven)} hours a week`;
    parts.push(
      moved + capacityClause(after.overHours, after.capacityHours, before.capacityHours, pronoun, 'capacity'),
    );
  }
  if (before.receivers !== after.receivers || before.maxReceivers !== after.maxReceivers) {
    const moved =
      before.receivers !== after.receivers
        ? `supports ${plural(after.receivers, 'receiver')}, ${upDown(before.receivers, after.receivers)} from ${formatNumber(before.receivers)}`
        : `still supports ${plural(after.receivers, 'receiver')}`;
    parts.push(
      moved + capacityClause(after.overReceivers, after.maxReceivers, before.maxReceivers, pronoun, 'limit'),
    );
  }
  const [first, ...rest] = parts;
  if (first === undefined) return null;
  const verdict =
    wasOver && !isOver ? ' No longer overstretched.' : !wasOver && isOver ? ' Now overstretched.' : '';
  return {
    id: `load:${change.b}`,
    kind: 'load',
    sentence: `${change.label} ${[first, ...rest].join(', and ')}.${verdict}`,
    nodes: [change.b],
    ties: [],
    numbers: {
      hoursBefore: before.hoursGiven,
      hoursAfter: after.hoursGiven,
      receiversBefore: before.receivers,
      receiversAfter: after.receivers,
      ...(after.capacityHours !== null ? { capacityHours: after.capacityHours } : {}),
      ...(after.maxReceivers !== null ? { maxReceivers: after.maxReceivers } : {}),
    },
  };
}

// ---------------------------------------------------------------- indicators

function rowFinding(row: IndicatorRow): ChangeFinding | null {
  if (row.before === null || row.after === null || row.change === null || row.change === 0) return null;
  if (row.id === 'nodes' || row.id === 'ties') return null;
  // A change too small to show at the precision of the sentence is not worth one.
  if (value(row, row.before) === value(row, row.after)) return null;
  const rose = row.change > 0 ? 'rose' : 'fell';
  return {
    id: `indicator:${row.id}`,
    kind: 'indicator',
    sentence: `${row.label} ${rose} from ${value(row, row.before)} to ${value(row, row.after)}.`,
    nodes: row.nodes,
    ties: [],
    numbers: { before: row.before, after: row.after, change: row.change },
  };
}

/** Teams isolated at one date and not the other, named one by one. */
function teamFindings(row: IndicatorRow | undefined, input: SentenceInput): ChangeFinding[] {
  if (row === undefined) return [];
  const { matching, ib } = input;
  const out: ChangeFinding[] = [];
  const teams = teamFigures(ib);
  const nowIsolated = new Set(row.nodes);
  for (const before of row.nodesBefore) {
    const id = matching.aToB.get(before);
    if (id === undefined || nowIsolated.has(id)) continue;
    const actors = teams.find((t) => t.id === id)?.embeddedWith ?? [];
    const label = ib.byId.get(id)?.label ?? id;
    out.push({
      id: `team-embedded:${id}`,
      kind: 'indicator',
      sentence: `${label} is no longer isolated: ${nameList(actors.map((o) => ib.byId.get(o)?.label ?? o))} now ${actors.length === 1 ? 'has an active tie' : 'have active ties'} to it.`,
      nodes: [id, ...actors],
      ties: [],
      numbers: { embeddedness: actors.length },
    });
  }
  const wasIsolated = new Set(row.nodesBefore.map((x) => matching.aToB.get(x) ?? x));
  for (const id of row.nodes) {
    if (wasIsolated.has(id) || !matching.bToA.has(id)) continue;
    const label = ib.byId.get(id)?.label ?? id;
    out.push({
      id: `team-isolated:${id}`,
      kind: 'indicator',
      sentence: `${label} has become isolated: no community actor has an active tie to it.`,
      nodes: [id],
      ties: [],
      numbers: {},
    });
  }
  return out;
}

function personalFindings(p: PersonalIndicators): ChangeFinding[] {
  const out: ChangeFinding[] = [];
  const r = p.relationships;
  const who = p.centre.label;
  const grew = `${r.stronger.length > 0 ? plural(r.stronger.length, `of ${who}'s relationships`, `of ${who}'s relationships`) : `None of ${who}'s relationships`} grew stronger and ${plural(r.newMeaningful.length, 'meaningful new tie')} appeared`;
  const fell = [
    r.weaker.length > 0 ? `${r.weaker.length} weakened` : '',
    r.lost.length > 0 ? `${r.lost.length} ended` : '',
  ]
    .filter((x) => x !== '')
    .join(' and ');
  const first = fell === '' ? grew : `${grew}; ${fell}`;
  out.push({
    id: `personal-relationships:${p.centre.b}`,
    kind: 'personal',
    sentence: `${first}.`,
    nodes: [p.centre.b],
    ties: [...r.stronger, ...r.newMeaningful, ...r.weaker],
    numbers: {
      stronger: r.stronger.length,
      newMeaningful: r.newMeaningful.length,
      weaker: r.weaker.length,
      lost: r.lost.length,
    },
  });
  const { before, after } = p.informal;
  if (after.informalShare !== null) {
    const trend =
      before.informalShare === null
        ? ''
        : before.informalShare === after.informalShare
          ? ', as before'
          : `, ${upDown(before.informalShare, after.informalShare)} from ${percent(before.informalShare)}`;
    const paid =
      p.informal.paidCare === 'alongside'
        ? `paid care was added alongside informal support (${plural(p.informal.formalAdded.length, 'new formal tie')})`
        : p.informal.paidCare === 'instead'
          ? `paid care came in instead of informal support: informal givers fell from ${before.informalGivers} to ${after.informalGivers}`
          : 'no paid care was added';
    out.push({
      id: `personal-informal:${p.centre.b}`,
      kind: 'personal',
      sentence: `${percent(after.informalShare)} of the care ${who} receives comes from informal givers${trend}; ${paid}.`,
      nodes: [p.centre.b],
      ties: [...p.informal.formalAdded],
      numbers: {
        informalShareAfter: after.informalShare,
        ...(before.informalShare !== null ? { informalShareBefore: before.informalShare } : {}),
        informalGiversBefore: before.informalGivers,
        informalGiversAfter: after.informalGivers,
      },
    });
  }
  const l = p.load;
  if (l.after.givers > 0) {
    const same = l.before.topGiverShare === l.after.topGiverShare;
    out.push({
      id: `personal-load:${p.centre.b}`,
      kind: 'personal',
      sentence: `${who}'s top giver gives ${percent(l.after.topGiverShare)} of the care ${who} receives${same ? ', as before' : `, ${upDown(l.before.topGiverShare, l.after.topGiverShare)} from ${percent(l.before.topGiverShare)}`}, spread over ${plural(l.after.givers, 'giver')} (concentration ${formatNumber(l.after.concentration)}, was ${formatNumber(l.before.concentration)}).`,
      nodes: [p.centre.b, ...(l.after.topGiver !== null ? [l.after.topGiver] : [])],
      ties: [],
      numbers: {
        topGiverShareBefore: l.before.topGiverShare,
        topGiverShareAfter: l.after.topGiverShare,
        concentrationBefore: l.before.concentration,
        concentrationAfter: l.after.concentration,
      },
    });
  }
  return out;
}

// ---------------------------------------------------------------- ties, receivers, roles, waves

function tieFindings(input: SentenceInput): ChangeFinding[] {
  const { comparison } = input;
  const out: ChangeFinding[] = [];
  const { added, removed } = comparison.ties;
  if (added.length > 0 || removed.length > 0) {
    out.push({
      id: 'ties-added-removed',
      kind: 'ties',
      sentence: `${plural(added.length, 'tie')} ${added.length === 1 ? 'is' : 'are'} new and ${removed.length} ${removed.length === 1 ? 'has' : 'have'} gone.`,
      nodes: [],
      ties: [...added, ...removed],
      numbers: { added: added.length, removed: removed.length },
    });
  }
  const strength = comparison.tieMoves.filter((m) => m.scale === 'strength');
  const up = strength.filter((m) => m.direction === 'up');
  const down = strength.filter((m) => m.direction === 'down');
  if (up.length > 0 || down.length > 0) {
    const woke = up.filter((m) => m.from === 'inactive').length;
    const generative = up.filter((m) => m.to === 'generative').length;
    const detail = [
      woke > 0 ? `${plural(woke, 'dormant tie')} woke up` : '',
      generative > 0 ? `${generative} became generative` : '',
    ]
      .filter((s) => s !== '')
      .join(' and ');
    out.push({
      id: 'ties-strength',
      kind: 'ties',
      sentence: `${plural(up.length, 'tie')} grew stronger${detail !== '' ? ` (${detail})` : ''} and ${down.length} grew weaker.`,
      nodes: [],
      ties: [...up, ...down].map((m) => m.b),
      numbers: { stronger: up.length, weaker: down.length, woke, becameGenerative: generative },
    });
  }
  const scaleParts: string[] = [];
  const moved: TieMove[] = [];
  for (const [scale, more, less] of [
    ['frequency', 'more frequent', 'less frequent'],
    ['closeness', 'closer', 'further apart'],
    ['hours', 'with more hours', 'with fewer'],
  ] as const) {
    const ms = comparison.tieMoves.filter((m) => m.scale === scale);
    if (ms.length === 0) continue;
    moved.push(...ms);
    const u = ms.filter((m) => m.direction === 'up').length;
    scaleParts.push(`${u} ${more}, ${ms.length - u} ${less}`);
  }
  if (scaleParts.length > 0) {
    out.push({
      id: 'ties-scales',
      kind: 'ties',
      sentence: `Of the ties kept: ${scaleParts.join('; ')}.`,
      nodes: [],
      ties: [...new Set(moved.map((m) => m.b))],
      numbers: Object.fromEntries(
        ['frequency', 'closeness', 'hours'].map((s) => [s, moved.filter((m) => m.scale === s).length]),
      ),
    });
  }
  return out;
}

function receiverFindings(input: SentenceInput): ChangeFinding[] {
  return input.comparison.receivers.map((r) => {
    const gained = careTypeLabels(input.b, r.gained);
    const lost = careTypeLabels(input.b, r.lost, input.a);
    const parts = [
      gained.length > 0 ? `now also receives ${nameList(gained, 8)}` : '',
      lost.length > 0 ? `no longer receives ${nameList(lost, 8)}` : '',
    ].filter((s) => s !== '');
    return {
      id: `receiver:${r.b}`,
      kind: 'receiver' as const,
      sentence: closeSentence(`${r.label} ${parts.join(', but ')}`),
      nodes: [r.b],
      ties: [],
      numbers: { gained: r.gained.length, lost: r.lost.length },
    };
  });
}

function roleFindings(input: SentenceInput): ChangeFinding[] {
  return input.comparison.roles.map((r) => {
    const label = (ids: readonly string[]) =>
      nameList(
        ids.map((id) => labelOf(PERSON_ROLES, id)),
        8,
      );
    const parts = [
      r.gained.length > 0 ? `is now also ${label(r.gained)}` : '',
      r.lost.length > 0 ? `is no longer ${label(r.lost)}` : '',
    ].filter((s) => s !== '');
    return {
      id: `roles:${r.b}`,
      kind: 'roles' as const,
      sentence: closeSentence(`${r.label} ${parts.join(' and ')}`),
      nodes: [r.b],
      ties: [],
      numbers: { gained: r.gained.length, lost: r.lost.length },
    };
  });
}

function waveFinding(w: WaveMeasures): ChangeFinding {
  const total = w.ties.kept + w.ties.gained + w.ties.lost;
  const rho = (x: number | null) => (x === null ? 'cannot be compared' : `correlate at ${formatNumber(x)}`);
  const ranks = [
    `degree ranks ${rho(w.degreeSpearman)}`,
    w.betweennessSkipped === null ? `betweenness ranks ${rho(w.betweennessSpearman)}` : '',
  ]
    .filter((s) => s !== '')
    .join(' and ');
  return {
    id: 'waves',
    kind: 'waves',
    sentence: `Of ${plural(total, 'connected pair')} at either date, ${w.ties.kept} ${w.ties.kept === 1 ? 'was' : 'were'} kept, ${w.ties.gained} gained and ${w.ties.lost} lost (Jaccard ${w.jaccard === null ? '–' : formatNumber(w.jaccard)}, Hamming distance ${w.hamming}); ${ranks} (Spearman).`,
    nodes: [],
    ties: [],
    numbers: {
      kept: w.ties.kept,
      gained: w.ties.gained,
      lost: w.ties.lost,
      hamming: w.hamming,
      ...(w.jaccard !== null ? { jaccard: w.jaccard } : {}),
      ...(w.degreeSpearman !== null ? { degreeSpearman: w.degreeSpearman } : {}),
      ...(w.betweennessSpearman !== null ? { betweennessSpearman: w.betweennessSpearman } : {}),
    },
  };
}

/**
 * Every finding of a comparison, in reading order: what went, what came, who joined or left,
 * overstretch, the indicators (the personal three on a personal map, the community figures
 * otherwise), ties, receivers' care, roles, and the wave measures last.
 */
export function changeFindings(input: SentenceInput): ChangeFinding[] {
  const { indicators } = input;
  const rows = indicators.community;
  const indicatorFindings =
    indicators.scope === 'personal' && indicators.personal !== null
      ? personalFindings(indicators.personal)
      : [
          ...teamFindings(
            rows.find((r) => r.id === 'isolatedTeams'),
            input,
          ),
          ...rows.flatMap((r) => rowFinding(r) ?? []),
        ];
  return [
    ...goneFindings(input),
    ...newFindings(input),
    ...input.comparison.loads.flatMap((l) => loadFinding(l, input.ib) ?? []),
    ...indicatorFindings,
    ...tieFindings(input),
    ...receiverFindings(input),
    ...roleFindings(input),
    waveFinding(input.waves),
  ];
}
