// @vitest-environment jsdom
// The Partners view: rate a partner (a new record each time, so re-assessments are kept), its
// radar chart and change over time, the comparison matrix, and the editable level names.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { getRecords } from '../../../src/model';
import PartnersView from '../../../src/views/assessment/PartnersView';
import { makeMap, node, person } from '../../helpers/build';
import { viewUnderTest } from '../../helpers/viewUnderTest';

const { mount, st, doc } = viewUnderTest();

beforeEach(() => {
  mount(
    makeMap([node('lnt', 'organisation', 'Larkspur Neighbours Together'), node('kettle', 'space', 'The Kettle Café'), person('maud', 'Maud')]),
    <PartnersView />,
  );
});

function assess(date: string, levels: Record<string, string>) {
  fireEvent.change(screen.getByTestId('assessment-date'), { target: { value: date } });
  for (const [d, level] of Object.entries(levels)) fireEvent.change(screen.getByTestId(`level-${d}`), { target: { value: level } });
  fireEvent.click(screen.getByTestId('assessment-save'));
}

describe('PartnersView', () => {
  it('lists only groups, organisations and spaces', () => {
    expect(screen.getAllByTestId('partner').map((b) => b.dataset.nodeId)).toEqual(['lnt', 'kettle']);
  });

  it('keeps a re-assessment as a new record and shows the change and the radar chart', () => {
    fireEvent.click(screen.getAllByTestId('partner')[0]!);
    expect(st().selection.nodeIds).toEqual(['lnt']);
    assess('2025-01-10', { stress_wellbeing: '2', resources: '3' });
    expect(screen.getByTestId('radar-chart')).toBeTruthy();
    // The form starts from the latest assessment; only stress changes.
    assess('2025-07-10', { stress_wellbeing: '1' });

    const records = getRecords(doc(), 'capacityAssessment');
    expect(records.map((r) => [r.date, r.ratings.stress_wellbeing?.level, r.ratings.resources?.level])).toEqual([
      ['2025-01-10', 2, 3],
      ['2025-07-10', 1, 3],
    ]);
    const history = screen.getByTestId('assessment-history');
    const stress = within(history).getByRole('rowheader', { name: 'Stress & wellbeing' }).closest('tr')!;
    expect(stress.textContent).toBe('Stress & wellbeing21 (▼ -1)');
    expect(screen.getByTestId('radar-previous')).toBeTruthy();

    const row = within(screen.getByTestId('comparison-matrix')).getAllByTestId('matrix-row');
    expect(row.map((r) => r.dataset.partner)).toEqual(['lnt']);
    expect([...row[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['–', '3', '–', '–', '–', '–', '–', '1', '–', '–']);
  });

  it('renames a readiness level into a stored matrix, used by the form', () => {
    const field = screen.getByTestId('level-name-1');
    fireEvent.change(field, { target: { value: 'Just starting' } });
    fireEvent.blur(field);
    expect(getRecords(doc(), 'capacityMatrix')[0]?.levels).toEqual(['Just starting', 'Emerging', 'Developing', 'Embedded']);
    act(() => st().select({ nodeIds: ['kettle' as never] }));
    expect(within(screen.getByTestId('level-power_governance')).getByRole('option', { name: '1 Just starting' })).toBeTruthy();
  });
});
