// The prompts of guided mapping and the steps they give, worked out by hand from the defaults.
import { describe, expect, it } from 'vitest';

import {
  asNodeId,
  type CareMap,
  DEFAULT_GUIDED_PROMPTS,
  type GuidedPrompt,
  type GuidedSessionRecord,
  guidedSteps,
  normaliseName,
  resolveName,
  suggestNames,
} from '../../../src/model';
import { makeMap, node, person, tie } from '../../helpers/build';

const n = asNodeId;

function session(answers: [string, string][] = [], asked: [string, string][] = []): GuidedSessionRecord {
  return {
    id: 'gs-1',
    type: 'guidedSession',
    centre: n('me'),
    prompts: 'gp-1',
    status: 'active',
    answers: answers.map(([step, id]) => ({ step, node: n(id) })),
    asked: asked.map(([a, b]) => [n(a), n(b)]),
  };
}

const knows = DEFAULT_GUIDED_PROMPTS.find((p) => p.kind === 'knows') as GuidedPrompt;

describe('the default prompts', () => {
  it('are the issue’s eight questions and "who knows whom", each marked a local default', () => {
    expect(DEFAULT_GUIDED_PROMPTS.map((p) => [p.id, p.text])).toEqual([
      ['live-with', 'Who do you live with?'],
      ['see-most', 'Who do you see most?'],
      ['helps-with', 'Who helps you with {care}?'],
      ['you-help', 'Who do you help?'],
      ['places', 'Which places matter to you?'],
      ['groups', 'Which groups, faith or community do you belong to?'],
      ['services', 'Which services and professionals are in touch with you?'],
      ['team', 'Who could join your team?'],
      ['know-each-other', 'Do {a} and {b} know each other?'],
    ]);
    expect(DEFAULT_GUIDED_PROMPTS.every((p) => p.origin === 'local-default')).toBe(true);
  });
});

describe('guidedSteps', () => {
  const doc = makeMap([person('me', 'Mrs A.', { careNeeded: ['meals', 'social', 'personal_care'] })]);

  it('asks once per plain prompt and once per kind of care, then the care the centre also needs', () => {
    const steps = guidedSteps(doc, session(), DEFAULT_GUIDED_PROMPTS);
    expect(steps.map((s) => s.key)).toEqual([
      'live-with',
      'see-most',
      'helps-with|meals',
      'helps-with|practical',
      'helps-with|personal_care',
      'helps-with|transport',
      'helps-with|companionship',
      'helps-with|life_admin',
      'helps-with|health',
      'helps-with|social',
      'you-help',
      'places',
      'groups',
      'services',
      'team',
    ]);
    expect(steps.find((s) => s.key === 'helps-with|meals')?.question).toBe(
      'Who helps you with meals & food?',
    );
    expect(steps.find((s) => s.key === 'helps-with|social')?.question).toBe(
      'Who helps you with social connection & engagement?',
    );
  });

  it('leaves out kinds of care the map does not have', () => {
    const fewer: CareMap = {
      ...doc,
      careTypes: doc.careTypes.filter((c) => c.id !== 'health' && c.id !== 'transport'),
    };
    const keys = guidedSteps(fewer, session(), DEFAULT_GUIDED_PROMPTS).map((s) => s.key);
    expect(keys).not.toContain('helps-with|health');
    expect(keys).not.toContain('helps-with|transport');
    expect(keys).toHaveLength(13);
  });

  it('asks who knows whom pair by pair among the people named, closest ring first, skipping pairs already tied', () => {
    const map = makeMap(
      [
        person('me', 'Me'),
        person('maud', 'Maud'),
        person('joy', 'Joy'),
        person('tom', 'Tom'),
        node('hall', 'space', 'Hall'),
      ],
      [
        tie('t1', 'tom', 'me', { closeness: 'inner' }),
        tie('t2', 'maud', 'me', { closeness: 'outer' }),
        tie('t3', 'joy', 'me'),
        tie('t4', 'maud', 'joy'),
      ],
    );
    const s = session([
      ['live-with', 'maud'],
      ['helps-with|meals', 'joy'],
      ['helps-with|meals', 'maud'],
      ['places', 'hall'],
      ['team', 'tom'],
    ]);
    // People (not the hall), by ring: Tom (inner), Maud (outer), Joy (none). Maud and Joy are tied.
    expect(guidedSteps(map, s, [knows]).map((x) => [x.key, x.question])).toEqual([
      ['know-each-other|tom|maud', 'Do Tom and Maud know each other?'],
      ['know-each-other|tom|joy', 'Do Tom and Joy know each other?'],
    ]);
    // A pair already asked about stays, even once tied, so the steps do not shift.
    const askedBefore = session(
      [
        ['see-most', 'maud'],
        ['see-most', 'joy'],
      ],
      [['joy', 'maud']],
    );
    expect(guidedSteps(map, askedBefore, [knows]).map((x) => x.key)).toEqual(['know-each-other|maud|joy']);
  });

  it('switches to one question per person when the pairs are many, and caps the people asked about', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const map = makeMap([person('me', 'Me'), ...ids.map((id) => person(id, id.toUpperCase()))]);
    const s = session(ids.map((id) => ['see-most', id]));
    // 6 people make 15 pairs, more than 10: one step per person, each about those after them.
    const steps = guidedSteps(map, s, [knows]);
    expect(steps.map((x) => x.key)).toEqual([
      'know-each-other|a',
      'know-each-other|b',
      'know-each-other|c',
      'know-each-other|d',
      'know-each-other|e',
    ]);
    const first = steps[0];
    expect(first?.kind === 'knows-roster' && [first.question, first.others]).toEqual([
      'Which of these people does A know?',
      ['b', 'c', 'd', 'e', 'f'],
    ]);
    // At most `people` people: with 3, three pairs.
    expect(guidedSteps(map, s, [{ ...knows, people: 3 }]).map((x) => x.key)).toEqual([
      'know-each-other|a|b',
      'know-each-other|a|c',
      'know-each-other|b|c',
    ]);
  });
});

describe('quick add by name', () => {
  const doc = makeMap([
    person('me', 'Mrs A.'),
    person('maud', 'Maud'),
    person('maude', 'Maude Green'),
    node('market', 'space', 'Bride Street Market'),
    person('mark', 'Mark'),
    person('joy1', 'Joy'),
    person('joy2', 'joy '),
  ]);

  it('suggests whole names, then starts of names, then starts of words, then anywhere; preferred kinds first', () => {
    expect(suggestNames(doc, 'ma', { centre: 'me' }).map((x) => x.label)).toEqual([
      'Mark',
      'Maud',
      'Maude Green',
      'Bride Street Market',
    ]);
    expect(suggestNames(doc, 'mar', { centre: 'me', names: 'places' }).map((x) => x.label)).toEqual([
      'Mark',
      'Bride Street Market',
    ]);
    expect(suggestNames(doc, 'market', { centre: 'me', names: 'places' }).map((x) => x.label)).toEqual([
      'Bride Street Market',
    ]);
    expect(suggestNames(doc, 'maud', { centre: 'me' }).map((x) => x.label)).toEqual(['Maud', 'Maude Green']);
    expect(suggestNames(doc, 'mrs', { centre: 'me' })).toEqual([]);
    expect(suggestNames(doc, '  ', { centre: 'me' })).toEqual([]);
  });

  it('reads a typed name as someone on the map, someone new, a shared name or the centre', () => {
    expect(normaliseName('  Maud   Green ')).toBe('maud green');
    expect(resolveName(doc, ' MAUD ', 'me')).toEqual({ kind: 'existing', id: 'maud' });
    expect(resolveName(doc, ' Edna  May ', 'me')).toEqual({ kind: 'new', label: 'Edna May' });
    expect(resolveName(doc, 'Joy', 'me')).toEqual({ kind: 'ambiguous', ids: ['joy1', 'joy2'] });
    expect(resolveName(doc, 'mrs a.', 'me')).toEqual({ kind: 'centre' });
    expect(resolveName(doc, '   ', 'me')).toEqual({ kind: 'empty' });
  });
});
