// @vitest-environment jsdom
// The Governance view and MemberHats: follows the store selection, adds members and hats,
// records a proposal through its consent round, searches the record; each edit is one undo step.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';

import { getRecords } from '../../../src/model';
import { selectUndoLabel } from '../../../src/store';
import GovernanceView from '../../../src/views/governance/GovernanceView';
import { MemberHats } from '../../../src/views/governance/MemberHats';
import { makeMap, node, person, tie } from '../../helpers/build';
import { viewUnderTest } from '../../helpers/viewUnderTest';

const { mount, st, doc } = viewUnderTest();

beforeEach(() => {
  mount(
    makeMap(
      [node('circle', 'circle', 'Larkspur Circle'), node('ash', 'team', 'Team Ash'), person('maud', 'Maud'), person('bram', 'Bram')],
      [tie('m1', 'maud', 'ash', { kind: 'membership' }), tie('m2', 'bram', 'ash', { kind: 'membership' })],
    ),
    <>
      <GovernanceView />
      <aside data-testid="side">
        <MemberHats />
      </aside>
    </>,
  );
});

const panel = () => screen.getByTestId('governance-panel');

describe('GovernanceView', () => {
  it('opens the team selected in the store, and selects the one picked in its list', () => {
    expect(within(panel()).queryByTestId('governance-title')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Team Ash (team)' }));
    expect(st().selection.nodeIds).toEqual(['ash']);
    expect(screen.getByTestId('governance-title').textContent).toBe('Team Ash (team)');
    expect(screen.getAllByTestId('member').map((m) => m.querySelector('span')?.textContent)).toEqual(['Maud', 'Bram']);
  });

  it('adds a new person as a member in one undo step', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Team Ash (team)' }));
    fireEvent.change(screen.getByTestId('member-name'), { target: { value: 'Efe' } });
    fireEvent.click(screen.getByTestId('member-add'));
    const efe = doc().nodes.find((n) => n.label === 'Efe');
    expect(efe?.kind).toBe('person');
    expect(doc().ties.some((t) => t.kind === 'membership' && t.source === efe?.id && t.target === 'ash')).toBe(true);
    expect(selectUndoLabel(st())).toBe('Add member “Efe”');
  });

  it('gives out a shared hat, lists the essential hats still vacant, and shows the hat for the selected person', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Team Ash (team)' }));
    expect(screen.getByTestId('vacant-hats').textContent).toBe(
      'Essential hats nobody wears here: Team Owner / Leader, Profile Holder, Rota Wrangler / Rota Holder, MAR Holder, Team Chat Admin, Check-in Facilitator.',
    );
    fireEvent.change(screen.getByTestId('hat-choice'), { target: { value: 'team.rota_holder' } });
    for (const box of screen.getAllByTestId('hat-holder')) fireEvent.click(box);
    fireEvent.change(screen.getByTestId('hat-review'), { target: { value: '2099-06-01' } });
    fireEvent.click(screen.getByTestId('hat-add'));

    const [hat] = getRecords(doc(), 'hatAssignment');
    expect([hat?.hat, hat?.context, hat?.holders, hat?.reviewAt]).toEqual(['team.rota_holder', 'ash', ['maud', 'bram'], '2099-06-01']);
    const row = screen.getByTestId('hat-row');
    expect(within(row).getByTestId('hat-holders').textContent).toBe('Maud, Bram');
    expect(within(row).getByText('shared')).toBeTruthy();
    expect(screen.getByTestId('vacant-hats').textContent).not.toContain('Rota Wrangler');

    act(() => st().select({ nodeIds: ['maud' as never] }));
    const hats = within(screen.getByTestId('side')).getAllByTestId('member-hat');
    expect(hats.map((h) => h.textContent)).toEqual(['Rota Wrangler / Rota Holder in Team Ashshared · review 2099-06-01']);
  });

  it('records a proposal through its consent round: an objection needs a reason and must be resolved before consent', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Team Ash (team)' }));
    fireEvent.change(screen.getByTestId('proposal-title'), { target: { value: 'Monthly huddle at the Kettle Café' } });
    fireEvent.change(screen.getByTestId('proposal-why'), { target: { value: 'A warm, step-free room' } });
    fireEvent.click(screen.getByTestId('proposal-add'));
    fireEvent.click(screen.getByTestId('start-consent-round'));
    expect(getRecords(doc(), 'proposal')[0]?.consentRound.map((e) => e.response)).toEqual(['absent', 'absent']);

    const [maudRow, bramRow] = screen.getAllByTestId('consent-entry');
    fireEvent.change(within(maudRow!).getByTestId('consent-response'), { target: { value: 'objection' } });
    fireEvent.click(within(maudRow!).getByTestId('consent-save'));
    expect(within(maudRow!).getByRole('alert').textContent).toContain('an objection needs a reason');

    fireEvent.change(within(maudRow!).getByTestId('consent-reason'), { target: { value: 'Too noisy on Fridays' } });
    fireEvent.click(within(maudRow!).getByTestId('consent-save'));
    expect(getRecords(doc(), 'proposal')[0]?.status).toBe('objection_integration');
    expect((screen.getByRole('option', { name: 'Consented' }) as HTMLOptionElement).disabled).toBe(true);

    fireEvent.change(within(maudRow!).getByTestId('consent-resolution'), { target: { value: 'integrated' } });
    fireEvent.change(within(maudRow!).getByTestId('consent-resolution-note'), { target: { value: 'Meet on Tuesdays' } });
    fireEvent.click(within(maudRow!).getByTestId('consent-save'));
    fireEvent.change(within(bramRow!).getByTestId('consent-response'), { target: { value: 'consent' } });
    fireEvent.click(within(bramRow!).getByTestId('consent-save'));

    fireEvent.change(screen.getByTestId('outcome-choice'), { target: { value: 'consented' } });
    fireEvent.change(screen.getByTestId('outcome-date'), { target: { value: '2099-01-10' } });
    fireEvent.click(screen.getByTestId('outcome-save'));
    const p = getRecords(doc(), 'proposal')[0];
    expect([p?.status, p?.outcome, p?.decidedAt]).toEqual(['consented', 'consented', '2099-01-10']);
    expect(p?.consentRound.map((e) => [e.response, e.resolution ?? null])).toEqual([
      ['objection', 'integrated'],
      ['consent', null],
    ]);
    expect(screen.getByTestId('proposal-status').textContent).toBe('Consented');

    fireEvent.change(screen.getByTestId('proposal-search'), { target: { value: 'tuesdays' } });
    expect(screen.getAllByTestId('proposal')).toHaveLength(1);
    fireEvent.change(screen.getByTestId('proposal-search'), { target: { value: 'tuesdays library' } });
    expect(screen.queryAllByTestId('proposal')).toHaveLength(0);
  });

  it('offers the governance of a selected team from the side panel', () => {
    act(() => st().select({ nodeIds: ['ash' as never] }));
    fireEvent.click(within(screen.getByTestId('side')).getByTestId('open-governance'));
    expect(st().activeView).toBe('governance');
  });
});
