// Guided mapping through the store: a six-person network built from nothing, every answer one
// named undo step; Undo takes an answer back whole.
import { beforeEach, describe, expect, it } from 'vitest';

import { analyzeSupport } from '../../src/analysis';
import {
  afterFollowUp,
  afterName,
  asNodeId,
  createPersonalMap,
  findGuidedSession,
  type GuidedState,
  guidedScreen,
  layoutSupportNetwork,
  nextStep,
  type NodeId,
  resumeGuided,
  type TieId,
  teamCandidates,
} from '../../src/model';
import { type AppStore, createAppStore, type GuidedNameResult, selectUndoLabel } from '../../src/store';

let store: AppStore;
const st = () => store.getState();
const doc = () => st().document!;

beforeEach(() => {
  store = createAppStore({ now: () => '2026-02-01T00:00:00.000Z' });
  const map = createPersonalMap({ centre: { label: 'Mrs A.', id: asNodeId('me'), roles: ['team_owner'] } });
  st().replaceDocument({
    ...map,
    nodes: map.nodes.map((n) => ({ ...n, careNeeded: ['meals', 'personal_care'] })),
  });
});

function named(r: GuidedNameResult): { node: NodeId; tie: TieId | null } {
  if (!r.ok) throw new Error(r.reason);
  return { node: r.node, tie: r.tie };
}

describe('guided mapping in the store', () => {
  it('starts once, as one step, and picks up the same walk-through after that', () => {
    const started = st().startGuidedMapping(asNodeId('me'));
    expect(started.ok).toBe(true);
    expect(selectUndoLabel(st())).toBe('Start guided mapping with “Mrs A.”');
    const again = st().startGuidedMapping(asNodeId('me'));
    expect(again).toEqual(started);
    expect(st().history.past).toHaveLength(1);
    expect(st().startGuidedMapping(asNodeId('nobody'))).toEqual({
      ok: false,
      code: 'missing',
      reason: 'No node "nobody" in this map.',
    });
  });

  it('builds a six-person network, each answer one undo step, and Undo takes one answer back', () => {
    const started = st().startGuidedMapping(asNodeId('me'));
    if (!started.ok) throw new Error(started.reason);
    const session = started.session;
    const steps = () => st().history.past.length;
    const before = steps();

    const stan = named(st().answerGuidedName(session, { step: 'live-with', name: 'Stan' }));
    expect(selectUndoLabel(st())).toBe('Add “Stan”');
    expect(
      st().answerGuidedFollowUp(session, { field: 'relationship', node: stan.node, relationship: 'family' }),
    ).toEqual({ ok: true });
    expect(selectUndoLabel(st())).toBe('“Stan”: family');
    st().answerGuidedFollowUp(session, { field: 'closeness', node: stan.node, closeness: 'inner' });
    expect(selectUndoLabel(st())).toBe('“Stan”: inner ring (closest)');

    const maud = named(st().answerGuidedName(session, { step: 'helps-with|meals', name: 'Maud' }));
    st().answerGuidedFollowUp(session, { field: 'relationship', node: maud.node, relationship: 'neighbour' });
    st().answerGuidedFollowUp(session, { field: 'closeness', node: maud.node, closeness: 'inner' });
    st().answerGuidedFollowUp(session, { field: 'frequency', tie: maud.tie!, frequency: 'daily' });
    st().answerGuidedFollowUp(session, { field: 'payment', tie: maud.tie!, paid: false });
    st().answerGuidedFollowUp(session, { field: 'hours', tie: maud.tie!, hours: 7 });
    expect(selectUndoLabel(st())).toBe('7 hours a week');
    // Named again for practical help: the same node and tie; one step.
    const maudAgain = named(st().answerGuidedName(session, { step: 'helps-with|practical', name: 'maud' }));
    expect(maudAgain).toEqual(maud);
    expect(selectUndoLabel(st())).toBe('Name “Maud”');

    const w = named(st().answerGuidedName(session, { step: 'helps-with|personal_care', name: 'W.' }));
    st().answerGuidedFollowUp(session, { field: 'relationship', node: w.node, relationship: 'paid_carer' });
    st().answerGuidedFollowUp(session, { field: 'payment', tie: w.tie!, paid: true });
    const joy = named(st().answerGuidedName(session, { step: 'helps-with|companionship', name: 'Joy' }));
    const gp = named(st().answerGuidedName(session, { step: 'services', name: 'GP surgery' }));
    const tom = named(st().answerGuidedName(session, { step: 'team', name: 'Tom' }));
    const ed = named(st().answerGuidedName(session, { step: 'see-most', name: 'Ed' }));

    // 7 names + 10 follow-ups = 17 answers, 17 undo steps.
    expect(steps() - before).toBe(17);
    const people = doc().nodes.filter((n) => n.kind === 'person' && n.id !== 'me');
    expect(people.map((n) => n.label)).toEqual(['Stan', 'Maud', 'W.', 'Joy', 'Tom', 'Ed']);
    expect(doc().nodes.find((n) => n.id === gp.node)?.kind).toBe('organisation');
    expect(teamCandidates(doc(), 'me')).toEqual([tom.node]);

    // Undo takes back the last answer whole: Ed and his tie go, nothing else.
    const withEd = doc();
    st().undo();
    expect(doc().nodes.some((n) => n.id === ed.node)).toBe(false);
    expect(doc().ties.length).toBe(withEd.ties.length - 1);
    expect(findGuidedSession(doc(), session)?.answers.map((a) => a.node)).not.toContain(ed.node);
    st().redo();

    // Who knows whom: six people make 15 pairs, more than 10, so one question per person.
    let state: GuidedState = { ...resumeGuided(doc(), session)!, at: 'know-each-other' };
    const screen = guidedScreen(doc(), state);
    expect(screen?.kind === 'question' && screen.step.kind).toBe('knows-roster');
    if (screen?.kind !== 'question' || screen.step.kind !== 'knows-roster') return;
    // The closest first: Stan and Maud (inner), then the rest in the order named.
    expect(screen.step.person).toBe(stan.node);
    expect(screen.step.others).toEqual([maud.node, w.node, joy.node, tom.node, ed.node]);
    expect(st().answerGuidedKnows(session, screen.step.key, [maud.node, tom.node])).toEqual({ ok: true });
    expect(selectUndoLabel(st())).toBe('Who knows whom');
    state = nextStep(doc(), state);
    expect(guidedScreen(doc(), state)?.kind).toBe('question');

    // The rings: Stan family inner, Maud friends inner, W. services, Ed with no ring yet.
    const layout = layoutSupportNetwork(doc(), 'me');
    const where = (id: string) => {
      const p = layout?.placed.find((x) => x.id === id);
      return [p?.ring, p?.sector];
    };
    expect(where(stan.node)).toEqual(['inner', 'family']);
    expect(where(maud.node)).toEqual(['inner', 'friends']);
    expect(where(w.node)).toEqual(['none', 'services']);
    expect(where(ed.node)).toEqual(['none', 'friends']);

    // And the findings read it: meals rest on Maud; personal care only paid.
    const report = analyzeSupport(doc(), 'me');
    expect(report?.findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['need-one-giver:meals', 'need-only-paid:personal_care']),
    );
    expect(st().pauseGuidedMapping(session, state.at ?? undefined)).toEqual({ ok: true });
    expect(selectUndoLabel(st())).toBe('Pause guided mapping with “Mrs A.”');
  });

  it('says why an answer is refused and records no step', () => {
    const started = st().startGuidedMapping(asNodeId('me'));
    if (!started.ok) throw new Error(started.reason);
    const before = st().history.past.length;
    expect(st().answerGuidedName(started.session, { step: 'live-with', name: 'Mrs A.' })).toEqual({
      ok: false,
      code: 'invalid',
      reason: 'That is Mrs A., at the centre.',
    });
    expect(
      st().answerGuidedFollowUp(started.session, { field: 'hours', tie: 't-x' as TieId, hours: 1 }),
    ).toEqual({ ok: false, code: 'invalid', reason: 'No care tie "t-x" in this map.' });
    expect(st().history.past.length).toBe(before);
    // Naming someone again at the same step is fine and records nothing.
    const a = st().answerGuidedName(started.session, { step: 'live-with', name: 'Stan' });
    const b = st().answerGuidedName(started.session, { step: 'live-with', name: 'Stan' });
    expect(b).toEqual({ ...a, created: false });
    expect(st().history.past.length).toBe(before + 1);
  });

  it('follows the machine from a name to its follow-ups and back to the question', () => {
    const started = st().startGuidedMapping(asNodeId('me'));
    if (!started.ok) throw new Error(started.reason);
    let state = resumeGuided(doc(), started.session)!;
    const maud = named(st().answerGuidedName(started.session, { step: 'live-with', name: 'Maud' }));
    state = afterName(doc(), state, maud);
    expect(guidedScreen(doc(), state)).toMatchObject({ kind: 'follow-up', question: 'relationship' });
    state = afterFollowUp(afterFollowUp(state));
    expect(guidedScreen(doc(), state)).toMatchObject({ kind: 'question', named: [maud.node] });
  });

  it('edits the prompts as one step', () => {
    expect(st().setGuidedPrompts([{ id: 'only', text: 'Who is there for you?' }])).toEqual({ ok: true });
    expect(selectUndoLabel(st())).toBe('Edit guided-mapping prompts');
  });
});
