// What each guided-mapping answer does to the map: one pure document change each.
import { describe, expect, it } from 'vitest';

import {
  answerFollowUp,
  answerKnows,
  answerName,
  asNodeId,
  asTieId,
  type CareMap,
  checkIntegrity,
  createPersonalMap,
  DEFAULT_GUIDED_PROMPTS,
  findGuidedSession,
  finishGuidedSession,
  followUpsFor,
  getRecords,
  type GuidedPrompt,
  loadCareMap,
  type NamedResult,
  type NodeId,
  pauseGuidedSession,
  setGuidedPrompts,
  startGuidedSession,
  teamCandidates,
} from '../../../src/model';
import { tieIn } from '../../helpers/build';
import { problemsOf, valueOf } from '../../helpers/result';

function fresh(): { doc: CareMap; centre: NodeId; session: string } {
  const map = createPersonalMap({
    centre: { label: 'Mrs A.', id: asNodeId('me') },
    now: '2026-01-01T00:00:00.000Z',
  });
  const withNeeds: CareMap = {
    ...map,
    nodes: map.nodes.map((n) => ({ ...n, careNeeded: ['meals', 'practical'] })),
  };
  const started = startGuidedSession(withNeeds, asNodeId('me'));
  return { doc: started.doc, centre: asNodeId('me'), session: started.session };
}

const prompt = (id: string) => DEFAULT_GUIDED_PROMPTS.find((p) => p.id === id) as GuidedPrompt;

describe('starting', () => {
  it('gives the map its own copy of the default prompts and a walk-through with the centre', () => {
    const { doc, session } = fresh();
    expect(getRecords(doc, 'guidedPrompts')[0]?.prompts).toEqual(DEFAULT_GUIDED_PROMPTS);
    expect(findGuidedSession(doc, session)).toMatchObject({
      centre: 'me',
      status: 'active',
      answers: [],
      asked: [],
    });
    expect(checkIntegrity(doc)).toEqual([]);
  });

  it('picks up the walk-through under way instead of starting another; a paused one becomes active', () => {
    const { doc, session, centre } = fresh();
    expect(startGuidedSession(doc, centre)).toEqual({ doc, session });
    const paused = valueOf(pauseGuidedSession(doc, session, 'helps-with|meals'));
    expect(findGuidedSession(paused, session)).toMatchObject({ status: 'paused', at: 'helps-with|meals' });
    const resumed = startGuidedSession(paused, centre);
    expect(resumed.session).toBe(session);
    expect(findGuidedSession(resumed.doc, session)?.status).toBe('active');
    const finished = valueOf(finishGuidedSession(resumed.doc, session));
    expect(startGuidedSession(finished, centre).session).not.toBe(session);
  });
});

describe('naming', () => {
  it('adds a new person with a care tie to the centre carrying the care asked about, and notes the answer', () => {
    const { doc, session } = fresh();
    const r: NamedResult = valueOf(answerName(doc, session, { step: 'helps-with|meals', name: '  Maud ' }));
    expect(r.created).toBe(true);
    const maud = r.doc.nodes.find((x) => x.id === r.node);
    expect(maud).toMatchObject({ kind: 'person', label: 'Maud', roles: [] });
    expect(tieIn(r.doc, r.tie ?? '')).toMatchObject({
      kind: 'care',
      source: r.node,
      target: 'me',
      careTypes: ['meals'],
      mutual: false,
    });
    expect(findGuidedSession(r.doc, session)).toMatchObject({
      at: 'helps-with|meals',
      answers: [{ step: 'helps-with|meals', node: r.node }],
    });
    expect(checkIntegrity(r.doc)).toEqual([]);
  });

  it('makes one node and one tie of a neighbour named in three prompts', () => {
    const { doc, session } = fresh();
    const a = valueOf(answerName(doc, session, { step: 'helps-with|meals', name: 'Maud' }));
    const b = valueOf(answerName(a.doc, session, { step: 'helps-with|practical', name: 'maud' }));
    const c = valueOf(answerName(b.doc, session, { step: 'see-most', name: 'MAUD' }));
    expect([b.node, c.node]).toEqual([a.node, a.node]);
    expect([b.created, c.created]).toEqual([false, false]);
    expect(c.doc.nodes.filter((x) => x.label === 'Maud')).toHaveLength(1);
    // The same tie now carries both kinds of care; "see most" finds it and adds nothing.
    expect(c.doc.ties.filter((t) => t.kind === 'care').map((t) => [t.id, t.careTypes])).toEqual([
      [a.tie, ['meals', 'practical']],
    ]);
    expect(c.tie).toBe(a.tie);
    expect(findGuidedSession(c.doc, session)?.answers.map((x) => x.step)).toEqual([
      'helps-with|meals',
      'helps-with|practical',
      'see-most',
    ]);
  });

  it('keeps care one-way: named first as someone seen, then as a helper, gets a second, one-way tie', () => {
    const { doc, session } = fresh();
    const seen = valueOf(answerName(doc, session, { step: 'see-most', name: 'Maud' }));
    const meals = valueOf(answerName(seen.doc, session, { step: 'helps-with|meals', name: 'Maud' }));
    expect(meals.tie).not.toBe(seen.tie);
    expect(meals.doc.ties.map((t) => [t.source, t.target, t.mutual, t.careTypes])).toEqual([
      [seen.node, 'me', true, []],
      [seen.node, 'me', false, ['meals']],
    ]);
  });

  it('changes nothing when someone is named again at the same step', () => {
    const { doc, session } = fresh();
    const a = valueOf(answerName(doc, session, { step: 'helps-with|meals', name: 'Maud' }));
    const again = valueOf(answerName(a.doc, session, { step: 'helps-with|meals', name: 'Maud' }));
    expect(again.doc).toBe(a.doc);
    expect(again.node).toBe(a.node);
  });

  it('uses a node picked from the suggestions, whatever was typed', () => {
    const { doc, session } = fresh();
    const a = valueOf(answerName(doc, session, { step: 'live-with', name: 'Maud' }));
    const b = valueOf(answerName(a.doc, session, { step: 'see-most', name: 'Mau', node: a.node }));
    expect(b.node).toBe(a.node);
    expect(b.created).toBe(false);
  });

  it('ties as each prompt says: the centre helping, both ways, a service, a place', () => {
    const { doc, session } = fresh();
    const helped = valueOf(answerName(doc, session, { step: 'you-help', name: 'Mr O.' }));
    expect(tieIn(helped.doc, helped.tie ?? '')).toMatchObject({
      source: 'me',
      target: helped.node,
      mutual: false,
    });
    const lives = valueOf(answerName(helped.doc, session, { step: 'live-with', name: 'Stan' }));
    expect(tieIn(lives.doc, lives.tie ?? '')).toMatchObject({
      source: lives.node,
      target: 'me',
      mutual: true,
    });
    const gp = valueOf(answerName(lives.doc, session, { step: 'services', name: 'GP surgery' }));
    expect(gp.doc.nodes.find((x) => x.id === gp.node)).toMatchObject({ kind: 'organisation', roles: [] });
    const nurse = valueOf(
      answerName(gp.doc, session, { step: 'services', name: 'District nurse', kind: 'person' }),
    );
    expect(nurse.doc.nodes.find((x) => x.id === nurse.node)).toMatchObject({
      kind: 'person',
      roles: ['professional'],
    });
    const bench = valueOf(answerName(nurse.doc, session, { step: 'places', name: 'Her bench' }));
    expect(bench.doc.nodes.find((x) => x.id === bench.node)?.kind).toBe('space');
    expect(checkIntegrity(bench.doc)).toEqual([]);
  });

  it('marks whoever could join the team', () => {
    const { doc, session } = fresh();
    const tom = valueOf(answerName(doc, session, { step: 'team', name: 'Tom' }));
    expect(teamCandidates(tom.doc, 'me')).toEqual([tom.node]);
  });

  it('refuses an empty name, the centre, a shared name and a question not on the list', () => {
    const { doc, session } = fresh();
    // A kind chosen for a new node does not turn an exact match into a second node.
    const joy = valueOf(answerName(doc, session, { step: 'live-with', name: 'Joy' }));
    expect(valueOf(answerName(joy.doc, session, { step: 'see-most', name: 'Joy', kind: 'group' })).node).toBe(
      joy.node,
    );
    const shared: CareMap = {
      ...doc,
      nodes: [
        ...doc.nodes,
        { ...doc.nodes[0]!, id: asNodeId('j1'), label: 'Joy', roles: [] },
        { ...doc.nodes[0]!, id: asNodeId('j2'), label: 'joy', roles: [] },
      ],
    };
    expect(problemsOf(answerName(shared, session, { step: 'live-with', name: 'JOY' }))).toEqual([
      '2 people and places on the map are called “JOY”: pick one from the list.',
    ]);
    expect(problemsOf(answerName(doc, session, { step: 'live-with', name: ' ' }))).toEqual([
      'Type a name first.',
    ]);
    expect(problemsOf(answerName(doc, session, { step: 'live-with', name: 'mrs a.' }))).toEqual([
      'That is Mrs A., at the centre.',
    ]);
    expect(
      problemsOf(answerName(doc, session, { step: 'live-with', name: 'x', node: asNodeId('me') })),
    ).toEqual(['That is Mrs A., at the centre.']);
    expect(problemsOf(answerName(doc, session, { step: 'helps-with|health-visits', name: 'Maud' }))).toEqual([
      'No question "helps-with|health-visits" to answer in this guided mapping.',
    ]);
    expect(problemsOf(answerName(doc, 'gs-nope', { step: 'live-with', name: 'Maud' }))).toEqual([
      'No guided mapping "gs-nope" on this map.',
    ]);
  });
});

describe('follow-ups', () => {
  it('asks only what the map does not know yet, in the prompt’s order', () => {
    const { doc, session, centre } = fresh();
    const maud = valueOf(answerName(doc, session, { step: 'helps-with|meals', name: 'Maud' }));
    expect(followUpsFor(maud.doc, centre, prompt('helps-with'), maud.node, maud.tie)).toEqual([
      'relationship',
      'closeness',
      'frequency',
      'payment',
      'hours',
    ]);
    let next = valueOf(
      answerFollowUp(maud.doc, session, {
        field: 'relationship',
        node: maud.node,
        relationship: 'neighbour',
      }),
    );
    next = valueOf(
      answerFollowUp(next, session, { field: 'closeness', node: maud.node, closeness: 'inner' }),
    );
    next = valueOf(answerFollowUp(next, session, { field: 'frequency', tie: maud.tie!, frequency: 'daily' }));
    expect(followUpsFor(next, centre, prompt('helps-with'), maud.node, maud.tie)).toEqual([
      'payment',
      'hours',
    ]);
    // Named again for practical help, on the same tie: only payment and hours are left.
    const again = valueOf(answerName(next, session, { step: 'helps-with|practical', name: 'Maud' }));
    expect(followUpsFor(again.doc, centre, prompt('helps-with'), again.node, again.tie)).toEqual([
      'payment',
      'hours',
    ]);
    // A place is not asked its relationship.
    const bench = valueOf(answerName(again.doc, session, { step: 'places', name: 'Bench' }));
    expect(followUpsFor(bench.doc, centre, prompt('places'), bench.node, bench.tie)).toEqual([
      'closeness',
      'frequency',
    ]);
  });

  it('records each answer on the node or the tie', () => {
    const { doc, session } = fresh();
    const joy = valueOf(answerName(doc, session, { step: 'helps-with|meals', name: 'Joy' }));
    const tie = joy.tie!;
    let next = valueOf(
      answerFollowUp(joy.doc, session, { field: 'relationship', node: joy.node, relationship: 'friend' }),
    );
    // Answering again corrects it: the earlier relationship goes, other roles stay.
    next = valueOf(
      answerFollowUp(next, session, { field: 'relationship', node: joy.node, relationship: 'volunteer' }),
    );
    expect(next.nodes.find((x) => x.id === joy.node)?.roles).toEqual(['volunteer']);
    next = valueOf(answerFollowUp(next, session, { field: 'payment', tie, paid: false }));
    expect(tieIn(next, tie)?.payment).toBe('volunteered');
    next = valueOf(answerFollowUp(next, session, { field: 'payment', tie, paid: true }));
    expect(tieIn(next, tie)?.payment).toBe('paid');
    next = valueOf(answerFollowUp(next, session, { field: 'hours', tie, hours: 2.5 }));
    expect(tieIn(next, tie)?.hoursPerWeek).toBe(2.5);
    next = valueOf(
      answerFollowUp(next, session, { field: 'closeness', node: joy.node, closeness: 'middle' }),
    );
    expect(tieIn(next, tie)?.closeness).toBe('middle');
    expect(valueOf(answerFollowUp(next, session, { field: 'hours', tie, hours: 2.5 }))).toBe(next);
    expect(checkIntegrity(next)).toEqual([]);
  });

  it('refuses impossible answers', () => {
    const { doc, session } = fresh();
    const bench = valueOf(answerName(doc, session, { step: 'places', name: 'Bench' }));
    expect(
      problemsOf(
        answerFollowUp(bench.doc, session, {
          field: 'relationship',
          node: bench.node,
          relationship: 'friend',
        }),
      ),
    ).toEqual(['Only people have a relationship; “Bench” is a space.']);
    expect(
      problemsOf(answerFollowUp(bench.doc, session, { field: 'hours', tie: bench.tie!, hours: 200 })),
    ).toEqual(['Hours cannot exceed 168 hours a week.']);
    expect(
      problemsOf(
        answerFollowUp(bench.doc, session, {
          field: 'frequency',
          tie: asTieId('t-none'),
          frequency: 'daily',
        }),
      ),
    ).toEqual(['No care tie "t-none" in this map.']);
  });
});

describe('who knows whom', () => {
  function threeNamed() {
    const { doc, session } = fresh();
    const maud = valueOf(answerName(doc, session, { step: 'live-with', name: 'Maud' }));
    const joy = valueOf(answerName(maud.doc, session, { step: 'see-most', name: 'Joy' }));
    const tom = valueOf(answerName(joy.doc, session, { step: 'team', name: 'Tom' }));
    return { doc: tom.doc, session, maud: maud.node, joy: joy.node, tom: tom.node };
  }

  it('adds a tie for a yes, notes a no, and leaves pairs already answered in place', () => {
    const { doc, session, maud, joy, tom } = threeNamed();
    const yes = valueOf(answerKnows(doc, session, `know-each-other|${maud}|${joy}`, [joy]));
    const added = yes.ties.filter((t) => !doc.ties.includes(t));
    expect(
      added.map((t) => [t.source, t.target, t.kind, t.mutual, t.strength, t.label, t.careTypes]),
    ).toEqual([[maud, joy, 'care', true, 'engaged', 'Know each other', []]]);
    const no = valueOf(answerKnows(yes, session, `know-each-other|${maud}|${tom}`, []));
    expect(no.ties).toBe(yes.ties);
    expect(findGuidedSession(no, session)?.asked).toEqual([
      [maud, joy],
      [maud, tom],
    ]);
    expect(valueOf(answerKnows(no, session, `know-each-other|${maud}|${tom}`, []))).toBe(no);
    expect(
      problemsOf(answerKnows(no, session, `know-each-other|${maud}|${tom}`, [asNodeId('someone')])),
    ).toEqual(['“someone” is not one of the people asked about here.']);
  });
});

describe('the prompts are data', () => {
  it('are reworded, reordered and dropped per map; a reworded prompt is no longer the local default', () => {
    const { doc } = fresh();
    const reworded = [{ ...prompt('team'), text: 'Who would you like in your team?' }, prompt('live-with')];
    const next = valueOf(setGuidedPrompts(doc, reworded));
    expect(getRecords(next, 'guidedPrompts')[0]?.prompts.map((p) => [p.id, p.origin])).toEqual([
      ['team', 'custom'],
      ['live-with', 'local-default'],
    ]);
    expect(getRecords(next, 'guidedPrompts')).toHaveLength(1);
    expect(problemsOf(setGuidedPrompts(doc, [{ id: 'bad id', text: 'Hello?' }]))).toEqual([
      'id: must be 1-128 letters, digits or _ . : ~ @ # + = - (no spaces)',
    ]);
  });
});

describe('guided-mapping records on load', () => {
  it('warn about a walk-through whose centre is not a person or whose prompts are gone, and a second prompts list', () => {
    const { doc, session } = fresh();
    const s = findGuidedSession(doc, session)!;
    const prompts = getRecords(doc, 'guidedPrompts')[0]!;
    const broken: CareMap = {
      ...doc,
      nodes: [
        ...doc.nodes,
        { ...doc.nodes[0]!, id: asNodeId('hall'), kind: 'space', label: 'Hall', roles: [] },
      ],
      records: [
        prompts,
        { ...prompts, id: 'gp-2' },
        s,
        { ...s, id: 'gs-2', centre: asNodeId('hall') },
        { ...s, id: 'gs-3', prompts: 'gp-gone' },
      ],
    };
    const loaded = loadCareMap(JSON.parse(JSON.stringify(broken)));
    expect(loaded.ok && loaded.warnings.map((w) => `${w.path}: ${w.message}`)).toEqual([
      `records[1]: the map already has guided-mapping prompts (records[0]); these are not used`,
      `records[3].centre: "Hall" is a space; a guided mapping's centre must be a person`,
      'records[4].prompts: no guided-mapping prompts "gp-gone"; the map\'s own or the defaults are used',
    ]);
  });

  it('refuse a prompt with an unknown follow-up or two prompts with one id', () => {
    const { doc } = fresh();
    const prompts = getRecords(doc, 'guidedPrompts')[0]!;
    const paths = (list: unknown[]) => {
      const loaded = loadCareMap(
        JSON.parse(JSON.stringify({ ...doc, records: [{ ...prompts, prompts: list }] })),
      );
      return !loaded.ok && loaded.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(paths([{ ...prompts.prompts[0], followUps: ['mood'] }])).toEqual([
      'records[0].prompts[0].followUps[0]: Invalid option: expected one of "relationship"|"closeness"|"frequency"|"payment"|"hours"',
    ]);
    expect(paths([prompts.prompts[0], prompts.prompts[0]])).toEqual([
      'records[0].prompts: must not repeat a prompt id',
    ]);
  });
});
