// The evaluation report (domain §1.4, §7.4, §7.5): one PDF an evaluator hands to a circle or a
// funder, comparing two states of a map — what changed in plain sentences, the map before and
// after with the changes marked, the indicators side by side, partners' load against capacity
// and their capacity assessments over time, and the survey rounds per team with their bands.
// Every section has a narrative note beside it (the evaluation is formative, §7.5: numbers never
// stand alone): the evaluator's text, or ruled lines to write on.
// Anonymised by default: people are named by initials (model displayName), both in the pictures
// and in the sentences, which are worked out from relabelled maps; homes are never placed (the
// report draws the network, not the geography); organisations keep their names. The same code
// writes the report in the browser and from `carewealth report`.
import { PDFDocument } from 'pdf-lib';

import {
  type ComparedState,
  type ConfirmedMatch,
  diffMaps,
  type DiffResult,
  diffPicture,
  firstLayout,
  formatNumber,
  indicatorChange,
  indicatorValue,
  type PictureView,
  pictureState,
} from '../analysis';
import { lookOf, type Point } from '../look';
import {
  CAPACITY_DIMENSIONS,
  type CareMap,
  comparisonMatrix,
  displayName,
  getRecords,
  labelOf,
  type LabelMode,
  scoreRoundsOf,
  SNAPSHOT_EVENTS,
  SURVEY_DOMAINS,
  type Aggregate,
} from '../model';
import { type EvaluationSection } from './evaluationSections';
import { embedFonts, type FontFiles } from './fonts';
import { createFlow, type Flow } from './flow';
import { drawLegend } from './legend';
import { drawNetwork, fitFrame } from './network';
import { paperOf, type PaperSize } from './paper';
import { drawText } from './sheet';



export interface EvaluationReportInput {
  /** The earlier state and the later one. */
  readonly a: ComparedState;
  readonly b: ComparedState;
  /** The map whose survey rounds and capacity assessments are reported (usually the living map). */
  readonly records: CareMap;
  /** Matches a person confirmed in the comparison. */
  readonly confirmed?: readonly ConfirmedMatch[];
  /** People by initials (the default) or by name. */
  readonly labelMode?: LabelMode;
  readonly notes?: Partial<Record<EvaluationSection, string>>;
  readonly paper?: PaperSize;
  /** When the report is written, `YYYY-MM-DD`. */
  readonly date: string;
}

/** A copy of a map with every node under the name the report may print. */
function relabel(doc: CareMap, mode: LabelMode): CareMap {
  if (mode === 'names') return doc;
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, label: displayName(n, mode) })) };
}

function describe(s: DiffResult['a']): string {
  const when = [s.event === null ? '' : labelOf(SNAPSHOT_EVENTS, s.event), s.date ?? ''].filter((x) => x !== '').join(', ');
  return `${s.label}${when === '' ? '' : ` (${when})`}: ${s.nodes} elements, ${s.ties} ties`;
}

// ---------------------------------------------------------------- sections

function changesSection(flow: Flow, r: DiffResult): void {
  const c = r.changes;
  flow.heading('What changed');
  flow.paragraph(
    `${c.nodes.added.length} elements joined and ${c.nodes.removed.length} left; ${c.nodes.changed.length} changed. ` +
      `${c.ties.added.length} ties appeared, ${c.ties.removed.length} ended and ${c.ties.changed.length} changed.`,
  );
  flow.bullets(r.findings.length > 0 ? r.findings.map((f) => f.sentence) : ['Nothing changed between the two states.']);
}

function picturesSection(flow: Flow, a: CareMap, b: CareMap, r: DiffResult, mode: LabelMode): void {
  const picture = diffPicture(a, b, r);
  const placed = picture.doc.nodes.every((n) => n.position !== undefined)
    ? new Map<string, Point>(picture.doc.nodes.map((n) => [n.id, n.position as Point]))
    : firstLayout(picture.doc);
  const xs = [...placed.values()];
  const bounds = {
    minX: Math.min(...xs.map((p) => p.x)) - 20,
    minY: Math.min(...xs.map((p) => p.y)) - 20,
    maxX: Math.max(...xs.map((p) => p.x)) + 20,
    maxY: Math.max(...xs.map((p) => p.y)) + 30,
  };
  flow.newPage();
  flow.heading('The map before and after');
  flow.paragraph('Both pictures use one layout, so every element stays in its place. Before: what ended is marked lost. After: what is new is marked added, what changed is marked changed.', { size: 8.5 });
  const views: [PictureView, string][] = [
    ['before', `Before — ${r.a.label}${r.a.date === null ? '' : ` (${r.a.date})`}`],
    ['after', `After — ${r.b.label}${r.b.date === null ? '' : ` (${r.b.date})`}`],
  ];
  let legend = null;
  for (const [view, title] of views) {
    const state = pictureState(picture, view);
    const marks = new Map([...picture.marks].filter(([, m]) => (view === 'before' ? m === 'lost' : m !== 'lost')));
    const look = lookOf(state, { labelMode: mode, marks });
    legend = look.legend;
    const box = flow.space(300);
    drawText(flow.sheet(), title, { x: box.x, y: box.y + 10 }, { size: 10, weight: 'bold' });
    const frame = fitFrame(bounds, { ...box, y: box.y + 16, height: box.height - 20 }, 1);
    drawNetwork(flow.sheet(), { look, positions: placed }, frame, { fontSize: 5, nodeScale: 1 });
  }
  if (legend !== null) {
    const box = flow.space(0);
    const used = drawLegend(flow.sheet(), lookOf(picture.doc, { labelMode: mode, marks: picture.marks }).legend, { ...box, height: 200 }, { columns: 4, fontSize: 7 });
    flow.space(used);
  }
}

function indicatorsSection(flow: Flow, r: DiffResult): void {
  flow.heading('Indicators');
  const p = r.indicators.personal;
  if (r.indicators.scope === 'personal' && p !== null) {
    const i = p.informal;
    flow.paragraph(`Around ${p.centre.label} (domain §7.4):`);
    flow.table(
      [
        ['Indicator', 'Before', 'After'],
        ['Relationships stronger / new meaningful ties', '', `${p.relationships.stronger.length} / ${p.relationships.newMeaningful.length}`],
        ['Relationships weaker / ended', '', `${p.relationships.weaker.length} / ${p.relationships.lost.length}`],
        ['Informal share of care received', indicatorValue(i.before.informalShare, 'share'), indicatorValue(i.after.informalShare, 'share')],
        ['Informal givers / formal givers', `${i.before.informalGivers} / ${i.before.formalGivers}`, `${i.after.informalGivers} / ${i.after.formalGivers}`],
        ['Paid care', '', i.paidCare === 'alongside' ? 'added alongside informal care' : i.paidCare === 'instead' ? 'added instead of informal care' : 'none added'],
        ['Share of care from the top giver', indicatorValue(p.load.before.topGiverShare, 'share'), indicatorValue(p.load.after.topGiverShare, 'share')],
      ],
      [0.5, 0.25, 0.25],
      ['left', 'right', 'right'],
    );
  }
  flow.table(
    [
      ['Figure', 'Before', 'After', 'Change'],
      ...r.indicators.community.map((row) => [row.label, indicatorValue(row.before, row.unit), indicatorValue(row.after, row.unit), indicatorChange(row.change, row.unit)]),
    ],
    [0.52, 0.16, 0.16, 0.16],
    ['left', 'right', 'right', 'right'],
  );
  const w = r.waves;
  const rho = (x: number | null) => (x === null ? '–' : formatNumber(Math.round(x * 100) / 100));
  flow.table(
    [
      ['Between the two states', 'Value'],
      ['Connected pairs kept / gained / lost', `${w.ties.kept} / ${w.ties.gained} / ${w.ties.lost}`],
      ['Jaccard index of ties (share of pairs in either state that are in both)', rho(w.jaccard)],
      ['Hamming distance (pairs gained + lost)', String(w.hamming)],
      ['Rank correlation (Spearman) of degree', rho(w.degreeSpearman)],
      ['Rank correlation (Spearman) of betweenness', w.betweennessSkipped ?? rho(w.betweennessSpearman)],
    ],
    [0.76, 0.24],
    ['left', 'right'],
  );
}

function partnersSection(flow: Flow, r: DiffResult, records: CareMap, nameOf: (id: string) => string): void {
  flow.heading('Partners: load and capacity');
  const loads = r.changes.loads;
  if (loads.length === 0) flow.paragraph('No giver with a declared capacity changed load.');
  else {
    const state = (s: (typeof loads)[number]['before']) =>
      `${formatNumber(s.hoursGiven)} h to ${s.receivers}${s.capacityHours === null ? '' : ` of ${formatNumber(s.capacityHours)} h`}${s.overHours || s.overReceivers ? ' — overstretched' : ''}`;
    flow.table([['Giver', 'Before', 'After'], ...loads.map((l) => [l.label, state(l.before), state(l.after)])], [0.34, 0.33, 0.33]);
  }
  const matrix = comparisonMatrix(records);
  if (matrix.length === 0) flow.paragraph('No capacity assessments are recorded.');
  else {
    flow.paragraph('Co-production capacity assessments (levels 1–4 per dimension, domain §6):', { size: 9 });
    flow.table(
      [
        ['Partner', 'Date', 'Levels'],
        ...matrix.map((row) => [
          nameOf(row.partner),
          row.date,
          CAPACITY_DIMENSIONS.map((d) => `${d.short} ${row.levels[d.id] ?? '–'}`).join(' · '),
        ]),
      ],
      [0.22, 0.14, 0.64],
    );
  }
}

function aggregateText(agg: Aggregate): string {
  return agg.kind === 'score' ? `${agg.score.toFixed(2)} (${agg.band}, n ${agg.n})` : agg.message;
}

function surveysSection(flow: Flow, records: CareMap, nameOf: (id: string) => string): void {
  flow.heading('Social Climate Survey rounds');
  const scopes = [...new Set(getRecords(records, 'surveyRound').map((round) => round.scope as string))];
  if (scopes.length === 0) {
    flow.paragraph('No survey rounds are recorded.');
    return;
  }
  flow.paragraph('Scores 1–5 with their band; a group under the minimum size shows no score (domain §5.5).', { size: 9 });
  for (const scope of scopes) {
    const rounds = scoreRoundsOf(records, scope);
    flow.table(
      [
        [nameOf(scope), ...SURVEY_DOMAINS.map((d) => d.short)],
        ...rounds.map((s) => [
          `${s.round.label} (${s.round.opened})`,
          ...SURVEY_DOMAINS.map((d) =>
            s.overall.kind === 'suppressed' ? s.overall.message : aggregateText(s.overall.domains.find((x) => x.domain === d.id)?.score ?? { kind: 'no_items', message: '–' }),
          ),
        ]),
      ],
      [0.31, 0.23, 0.23, 0.23],
    );
  }
}

// ---------------------------------------------------------------- the report

/** The evaluation report as PDF bytes. Never changes its input. */
export async function writeEvaluationReport(input: EvaluationReportInput, fonts: FontFiles): Promise<Uint8Array> {
  const mode = input.labelMode ?? 'initials';
  const a = relabel(input.a.doc, mode);
  const b = relabel(input.b.doc, mode);
  const records = relabel(input.records, mode);
  const result = diffMaps({ ...input.a, doc: a }, { ...input.b, doc: b }, input.confirmed !== undefined ? { confirmed: input.confirmed } : {});
  const names = new Map(records.nodes.map((n) => [n.id as string, n.label]));
  for (const n of b.nodes) names.set(n.id, n.label);
  const nameOf = (id: string) => names.get(id) ?? id;

  const pdf = await PDFDocument.create();
  pdf.setTitle(`Evaluation report — ${b.meta.title}`);
  pdf.setCreator('Carewealth');
  pdf.setProducer('Carewealth');
  const paper = paperOf(input.paper ?? 'a4');
  const flow = createFlow(pdf, await embedFonts(pdf, fonts), { width: paper.width, height: paper.height, margin: 42, fontSize: 10 });
  const note = (id: EvaluationSection) => flow.note('Narrative note', input.notes?.[id]);

  flow.heading(`Evaluation report: ${b.meta.title}`, 1);
  flow.paragraph(`Before: ${describe(result.a)}`);
  flow.paragraph(`After: ${describe(result.b)}`);
  flow.paragraph(
    `Written ${input.date} with Carewealth. ${mode === 'initials' ? 'People are named by their initials and homes are not shown; organisations keep their names.' : 'People are named in full: share this report only with those who may see their names.'} The figures are for discussion with the people they describe: read each beside its note.`,
    { size: 8.5, colour: '#4A4A4A' },
  );
  changesSection(flow, result);
  note('changes');
  picturesSection(flow, a, b, result, mode);
  note('pictures');
  flow.newPage();
  indicatorsSection(flow, result);
  note('indicators');
  partnersSection(flow, result, records, nameOf);
  note('partners');
  surveysSection(flow, records, nameOf);
  note('surveys');
  return pdf.save();
}
