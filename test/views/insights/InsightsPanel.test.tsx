// @vitest-environment jsdom
// The Insights panel in jsdom (no Web Workers there, so the client falls back to its in-thread
// worker): it lists the insights of a small map under their groups, clicking a node selects it
// and highlights the insight, and changing a threshold re-runs the analysis.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { SideDrawer } from '../../../src/app/SideDrawer';
import { useAnalysisRunner } from '../../../src/views/insights/useAnalysisRunner';
import { makeMap, node, person, tie } from '../../helpers/build';
import { makeServices, renderWith } from '../../app/harness';

afterEach(cleanup);

// Maud gives care to five receivers (the "many receivers" default is 5); Team Birch has only an
// inactive tie, so it is isolated; r1…r5 receive care only from Maud, who is informal.
const doc = makeMap(
  [
    person('maud', 'Maud'),
    ...['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => person(id, `Receiver ${id.slice(1)}`)),
    node('birch', 'team', 'Team Birch'),
  ],
  [
    ...['r1', 'r2', 'r3', 'r4', 'r5'].map((id) => tie(`t-${id}`, 'maud', id, { hoursPerWeek: 2 })),
    tie('t-birch', 'birch', 'r1', { kind: 'care', strength: 'inactive' }),
  ],
);

/** The side drawer with the analysis runner, as the shell mounts them. */
function Drawer() {
  const { cancel, rerun } = useAnalysisRunner();
  return <SideDrawer place="over" onCancelAnalysis={cancel} onRerunAnalysis={rerun} />;
}

async function openPanel() {
  const services = makeServices();
  services.store.getState().replaceDocument(doc);
  renderWith(services, <Drawer />);
  act(() => services.store.getState().setDrawer('insights'));
  // The analysis runs after the 300 ms debounce, then the quick and complete results arrive.
  await screen.findByText(/5 receivers rely on Maud/, undefined, { timeout: 5000 });
  return services;
}

describe('InsightsPanel', () => {
  it('groups the insights of a small map and names the threshold that fired each', async () => {
    await openPanel();
    const over = screen.getByTestId('insight-group-overstretch');
    const many = within(over)
      .getByText('5 receivers rely on Maud (threshold 5).')
      .closest('li') as HTMLElement;
    expect(within(many).getByText('Fired by the threshold Many receivers = 5.')).toBeTruthy();
    expect(within(many).getByText('receivers').nextSibling?.textContent).toBe('5');
    const gaps = screen.getByTestId('insight-group-gap');
    expect(
      within(gaps).getByText('Team Birch has no generative or engaged tie to any community actor.'),
    ).toBeTruthy();
    expect(screen.getByTestId('insight-group-summary').textContent).toContain(
      'This map: 100.0% of care ties are informal (6 of 6)',
    );
  });

  it('clicking a node of an insight selects it and highlights the insight', async () => {
    const services = await openPanel();
    const over = screen.getByTestId('insight-group-overstretch');
    const many = within(over)
      .getByText('5 receivers rely on Maud (threshold 5).')
      .closest('li') as HTMLElement;
    fireEvent.click(within(many).getByRole('button', { name: 'Receiver 3' }));
    const state = services.store.getState();
    expect(state.selection.nodeIds).toEqual(['r3']);
    expect(state.highlight).toEqual({
      nodeIds: ['maud', 'r1', 'r2', 'r3', 'r4', 'r5'],
      tieIds: [],
      insightId: 'many-receivers:maud',
    });
    fireEvent.click(within(many).getByRole('button', { name: 'Show all 6' }));
    expect(services.store.getState().selection.nodeIds).toEqual(['maud', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('changing a threshold re-runs the analysis; reset brings the default back', async () => {
    const services = await openPanel();
    fireEvent.change(screen.getByTestId('threshold-manyReceivers'), { target: { value: '6' } });
    expect(services.store.getState().analysisSettings.thresholds.manyReceivers).toBe(6);
    // With 6 as the threshold Maud's five receivers are no longer "many".
    await waitFor(
      () => expect(services.store.getState().analysis.result?.settings.thresholds.manyReceivers).toBe(6),
      { timeout: 5000 },
    );
    expect(screen.queryByText(/receivers rely on Maud/)).toBeNull();
    fireEvent.click(screen.getByTestId('thresholds-reset'));
    expect((screen.getByTestId('threshold-manyReceivers') as HTMLInputElement).value).toBe('5');
    await screen.findByText('5 receivers rely on Maud (threshold 5).', undefined, { timeout: 5000 });
  });
});
