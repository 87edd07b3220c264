import { describe, expect, it } from 'vitest';

import { EMPTY_FILTER } from '../../../src/model';
import { NODE_COLUMNS, parseTags, TIE_COLUMNS } from '../../../src/views/table/columns';
import { buildNodeRows, buildTieRows, sortRows } from '../../../src/views/table/rows';
import { makeMap, node, person, tie } from '../../helpers/build';

const doc = makeMap(
  [
    person('zoe', 'Zoë', { tags: ['rota'] }),
    person('al', 'al'),
    node('hall', 'space', 'Church hall'),
    node('knit', 'group', 'Knit & Natter', { tags: ['Wednesday'] }),
  ],
  [
    tie('t1', 'zoe', 'al', { hoursPerWeek: 3 }),
    tie('t2', 'knit', 'hall', { kind: 'hosted_at' }),
    tie('t3', 'al', 'knit', { hoursPerWeek: 10, careTypes: ['meals'] }),
  ],
);

describe('table rows', () => {
  it('applies the shared map filter through the model and the text box (accent-insensitive, tags too)', () => {
    const people = { ...EMPTY_FILTER, kinds: ['person' as const] };
    expect(buildNodeRows(doc, people, '').map((r) => r.id)).toEqual(['zoe', 'al']);
    expect(buildNodeRows(doc, EMPTY_FILTER, 'zoe').map((r) => r.id)).toEqual(['zoe']);
    expect(buildNodeRows(doc, EMPTY_FILTER, 'wednesday').map((r) => r.id)).toEqual(['knit']);
    // Ties show only when both ends are shown.
    expect(buildTieRows(doc, people, '').map((r) => r.id)).toEqual(['t1']);
    expect(buildTieRows(doc, { ...EMPTY_FILTER, tieKinds: ['hosted_at' as const] }, '').map((r) => r.id)).toEqual(['t2']);
    expect(buildTieRows(doc, EMPTY_FILTER, 'hall').map((r) => [r.id, r.sourceLabel, r.targetLabel])).toEqual([['t2', 'Knit & Natter', 'Church hall']]);
  });

  it('counts each node’s ties and sorts by text (case-insensitive) or number, stably', () => {
    const rows = buildNodeRows(doc, EMPTY_FILTER, '');
    expect(rows.map((r) => r.ties)).toEqual([1, 2, 1, 2]);
    const byLabel = sortRows(rows, NODE_COLUMNS, { column: 'label', direction: 'ascending' });
    expect(byLabel.map((r) => r.node.label)).toEqual(['al', 'Church hall', 'Knit & Natter', 'Zoë']);
    const byTies = sortRows(rows, NODE_COLUMNS, { column: 'ties', direction: 'descending' });
    expect(byTies.map((r) => r.id)).toEqual(['al', 'knit', 'zoe', 'hall']);
    const ties = buildTieRows(doc, EMPTY_FILTER, '');
    expect(sortRows(ties, TIE_COLUMNS, { column: 'hoursPerWeek', direction: 'descending' }).map((r) => r.id)).toEqual(['t3', 't1', 't2']);
    expect(sortRows(rows, NODE_COLUMNS, null).map((r) => r.id)).toEqual(['zoe', 'al', 'hall', 'knit']);
  });

  it('checks inline edits with the schema: tags, hours, a label', () => {
    expect(parseTags(' rota, lunch ,rota,')).toEqual({ ok: true, value: ['rota', 'lunch'] });
    expect(parseTags('x'.repeat(61))).toEqual({ ok: false, message: 'must be at most 60 characters' });
    const hours = TIE_COLUMNS.find((c) => c.id === 'hoursPerWeek')!.edit!;
    const [careRow, hostedRow] = buildTieRows(doc, EMPTY_FILTER, '');
    if (hours.type !== 'text' || careRow === undefined || hostedRow === undefined) throw new Error('unexpected column');
    expect(hours.commit(careRow, '169')).toEqual({ ok: false, message: 'cannot exceed 168 hours a week' });
    expect(hours.commit(careRow, '')).toEqual({ ok: true, value: { hoursPerWeek: undefined } });
    expect(hours.commit(hostedRow, '2')).toEqual({ ok: false, message: 'only care ties carry hours a week' });
    const label = NODE_COLUMNS[0]!.edit!;
    if (label.type !== 'text') throw new Error('unexpected column');
    expect(label.commit(buildNodeRows(doc, EMPTY_FILTER, '')[0]!, '  Zoe B ')).toEqual({ ok: true, value: { label: 'Zoe B' } });
  });
});
