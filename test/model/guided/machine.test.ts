// The guided-mapping state machine: questions, follow-ups, back, skip, next, done, progress and
// resuming, on a map whose prompts are cut down to three so every step can be followed by hand.
import { describe, expect, it } from 'vitest';

import {
  afterFollowUp,
  afterName,
  answerName,
  asNodeId,
  type CareMap,
  createPersonalMap,
  DEFAULT_GUIDED_PROMPTS,
  type GuidedState,
  guidedProgress,
  guidedScreen,
  nextStep,
  pauseGuidedSession,
  previousStep,
  resumeGuided,
  setGuidedPrompts,
  startGuidedSession,
} from '../../../src/model';
import { valueOf } from '../../helpers/result';

const pick = (id: string) => DEFAULT_GUIDED_PROMPTS.find((p) => p.id === id)!;

/** Prompts: who you live with; who helps with meals and company; who knows whom. */
function setUp(): { doc: CareMap; state: GuidedState } {
  let doc = createPersonalMap({ centre: { label: 'Mrs A.', id: asNodeId('me') } });
  doc = valueOf(
    setGuidedPrompts(doc, [
      pick('live-with'),
      { ...pick('helps-with'), careTypes: ['meals', 'companionship'], includeNeeds: false },
      pick('know-each-other'),
    ]),
  );
  const started = startGuidedSession(doc, asNodeId('me'));
  return { doc: started.doc, state: resumeGuided(started.doc, started.session)! };
}

function screenKind(doc: CareMap, state: GuidedState): string {
  const s = guidedScreen(doc, state);
  if (s === null) return 'none';
  if (s.kind === 'done') return `done of ${s.total}`;
  if (s.kind === 'follow-up') return `${s.step.key} → ${s.question}`;
  return `${s.step.key} (${s.index + 1} of ${s.total})`;
}

describe('walking through', () => {
  it('starts at the first question and goes forward with next (or skip) to the end', () => {
    const { doc, state } = setUp();
    expect(screenKind(doc, state)).toBe('live-with (1 of 3)');
    const s2 = nextStep(doc, state);
    expect(screenKind(doc, s2)).toBe('helps-with|meals (2 of 3)');
    const s3 = nextStep(doc, s2);
    expect(screenKind(doc, s3)).toBe('helps-with|companionship (3 of 3)');
    const end = nextStep(doc, s3);
    expect(screenKind(doc, end)).toBe('done of 3');
    expect(nextStep(doc, end)).toBe(end);
    expect(screenKind(doc, previousStep(doc, end))).toBe('helps-with|companionship (3 of 3)');
    expect(previousStep(doc, state)).toBe(state);
  });

  it('asks the follow-ups after a name, one by one; back leaves them for the question', () => {
    const { doc, state } = setUp();
    const named = valueOf(answerName(doc, state.session, { step: 'live-with', name: 'Stan' }));
    let s = afterName(named.doc, state, named);
    expect(screenKind(named.doc, s)).toBe('live-with → relationship');
    s = afterFollowUp(s);
    expect(screenKind(named.doc, s)).toBe('live-with → closeness');
    expect(screenKind(named.doc, previousStep(named.doc, s))).toBe('live-with (1 of 3)');
    s = afterFollowUp(s);
    const back = guidedScreen(named.doc, s);
    expect(back?.kind === 'question' && back.named).toEqual([named.node]);
  });

  it('adds who-knows-whom steps once two people are named, and counts progress', () => {
    const { doc, state } = setUp();
    const a = valueOf(answerName(doc, state.session, { step: 'live-with', name: 'Stan' }));
    const s2 = nextStep(a.doc, state);
    const b = valueOf(answerName(a.doc, state.session, { step: 'helps-with|meals', name: 'Maud' }));
    expect(guidedProgress(b.doc, s2)).toEqual({ step: 2, total: 4, answered: 2 });
    const s4 = nextStep(b.doc, nextStep(b.doc, s2));
    expect(screenKind(b.doc, s4)).toBe(`know-each-other|${a.node}|${b.node} (4 of 4)`);
    const screen = guidedScreen(b.doc, s4);
    expect(screen?.kind === 'question' && screen.step.question).toBe('Do Stan and Maud know each other?');
  });

  it('resumes where it was paused, or at the last question answered', () => {
    const { doc, state } = setUp();
    const a = valueOf(answerName(doc, state.session, { step: 'helps-with|meals', name: 'Maud' }));
    expect(screenKind(a.doc, resumeGuided(a.doc, state.session)!)).toBe('helps-with|meals (2 of 3)');
    const paused = valueOf(pauseGuidedSession(a.doc, state.session, 'helps-with|companionship'));
    expect(screenKind(paused, resumeGuided(paused, state.session)!)).toBe(
      'helps-with|companionship (3 of 3)',
    );
    expect(resumeGuided(paused, 'gs-nope')).toBeNull();
  });

  it('falls back to the same prompt’s first step when a step is no longer there', () => {
    const { doc, state } = setUp();
    const gone = { ...state, at: 'helps-with|transport' };
    expect(screenKind(doc, gone)).toBe('helps-with|meals (2 of 3)');
    expect(screenKind(doc, { ...state, at: 'nothing-like-it' })).toBe('live-with (1 of 3)');
  });
});
