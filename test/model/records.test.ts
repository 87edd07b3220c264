import { describe, expect, it } from 'vitest';

import {
  checkIntegrity,
  formatProblem,
  getRecords,
  loadCareMap,
  type NodeId,
  removeNodes,
  removeRecord,
  upsertRecord,
} from '../../src/model';
import { CIRCLE, circleHats, larkspur, wear, withRecords } from './governance/fixture';

const fmt = (r: { ok: boolean; problems?: readonly Parameters<typeof formatProblem>[0][] }) => (r.ok ? [] : (r.problems ?? []).map(formatProblem));

describe('typed access to doc.records', () => {
  it('returns valid records of one type with defaults filled in, skipping others', () => {
    const doc = {
      ...larkspur(),
      records: [
        { id: 'x1', type: 'futureThing', anything: [1, 2] },
        { id: 'h1', type: 'hatAssignment', hat: 'circle.secretary', context: CIRCLE, holders: ['bram'] },
        { id: 'h2', type: 'hatAssignment', hat: 'circle.secretary', context: CIRCLE, holders: 'bram' },
      ],
    };
    expect(getRecords(doc, 'hatAssignment')).toEqual([
      { id: 'h1', type: 'hatAssignment', hat: 'circle.secretary', context: CIRCLE, holders: ['bram'], rotating: false },
    ]);
    expect(getRecords(doc, 'proposal')).toEqual([]);
  });

  it('adds a record, then replaces it by id', () => {
    const doc = larkspur();
    const added = upsertRecord(doc, wear('h1', 'circle.secretary', CIRCLE, ['bram']));
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.value.records).toHaveLength(1);
    expect(doc.records).toHaveLength(0); // input untouched
    const replaced = upsertRecord(added.value, wear('h1', 'circle.secretary', CIRCLE, ['bram', 'aiyana'], { unknownField: 1 }));
    expect(replaced.ok && replaced.value.records).toEqual([
      { id: 'h1', type: 'hatAssignment', hat: 'circle.secretary', context: CIRCLE, holders: ['bram', 'aiyana'], rotating: false },
    ]);
  });

  it('refuses a record that breaks its schema, naming the path', () => {
    const doc = withRecords(larkspur(), [wear('h0', 'circle.secretary', CIRCLE, ['bram'])]);
    expect(fmt(upsertRecord(doc, wear('h1', 'circle.facilitator', CIRCLE, ['aiyana', 'aiyana'], { from: '2025-02-30' })))).toEqual([
      'records[1].holders: must not list a holder twice',
      'records[1].from: must be a real calendar date',
    ]);
  });

  it('refuses a record that points at a missing node or a node of the wrong kind', () => {
    const doc = withRecords(larkspur(), [wear('h0', 'circle.secretary', CIRCLE, ['bram'])]);
    expect(fmt(upsertRecord(doc, wear('h1', 'team.rota_holder', 'ash', ['maud', 'w', 'n-9'])))).toEqual(['records[1].holders[2]: no node "n-9"']);
    expect(fmt(upsertRecord(doc, wear('h1', 'circle.coach', 'hana', ['lnt'])))).toEqual([
      'records[1].context: "Hana" is a person; a hat\'s context must be a team or circle',
      'records[1].holders[0]: "Larkspur Neighbours Together" is an organisation; a hat holder must be a person',
    ]);
  });

  it('refuses an unknown type and an id already used by another type', () => {
    const doc = withRecords(larkspur(), [wear('h0', 'circle.secretary', CIRCLE, ['bram'])]);
    expect(fmt(upsertRecord(doc, { id: 'z', type: 'futureThing' }))[0]).toMatch(/^type: is not a record type this app can edit/);
    expect(fmt(upsertRecord(doc, { id: 'h0', type: 'surveyRound', scope: CIRCLE, label: 'R1', opened: '2025-01-01' }))).toEqual([
      'records[0].id: "h0" is already a hatAssignment record',
    ]);
  });

  it('removes a record by id and returns the same document when there is none', () => {
    const doc = withRecords(larkspur(), circleHats());
    const after = removeRecord(doc, 'h-sec');
    expect(after.records.map((r) => r.id)).toEqual(['h-fac', 'h-lead', 'h-del', 'h-cco', 'h-ts', 'h-coach']);
    expect(removeRecord(doc, 'nope')).toBe(doc);
  });
});

describe('checkIntegrity on records', () => {
  it('passes the governance sample', () => {
    expect(checkIntegrity(withRecords(larkspur(), circleHats()))).toEqual([]);
  });

  it('reports a known record that breaks its schema as an error, so the file does not load', () => {
    const doc = { ...larkspur(), records: [{ id: 'r1', type: 'surveyResponse', round: 'x', stakeholder: 'boss', date: '2025-01-01', answers: { q1: 7 } }] };
    expect(checkIntegrity(doc).map(formatProblem)).toEqual([
      'records[0].stakeholder: Invalid option: expected one of "family"|"care_worker"|"member"|"volunteer"|"care_receiver"',
      'records[0].answers.q1: must be 1-5',
    ]);
    expect(loadCareMap(doc).ok).toBe(false);
  });

  it('keeps unknown record types verbatim through a load', () => {
    const raw = JSON.parse(JSON.stringify({ ...larkspur(), records: [{ id: 'x1', type: 'futureThing', nested: { a: 1 } }] }));
    const loaded = loadCareMap(raw);
    expect(loaded.ok && loaded.value.records).toEqual([{ id: 'x1', type: 'futureThing', nested: { a: 1 } }]);
  });

  it('turns a holder removed from the map into a warning, so the document still opens', () => {
    const doc = removeNodes(withRecords(larkspur(), circleHats()), ['bram' as NodeId]);
    const problems = checkIntegrity(doc);
    expect(problems.map((p) => [p.severity, formatProblem(p)])).toEqual([['warning', 'records[1].holders[0]: no node "bram"']]);
    expect(loadCareMap(JSON.parse(JSON.stringify(doc))).ok).toBe(true);
  });

  it('reports Leader and Delegate worn by one person in one circle on both records', () => {
    const doc = {
      ...larkspur(),
      records: [wear('l', 'circle.leader', CIRCLE, ['chidi']), wear('d', 'circle.delegate', CIRCLE, ['dora', 'chidi'])],
    };
    expect(checkIntegrity(doc).map(formatProblem)).toEqual([
      'records[0].holders[0]: "Chidi" is also Delegate here (records[1]); one person may not be Leader and Delegate of the same circle',
      'records[1].holders[1]: "Chidi" is also Leader here (records[0]); one person may not be Leader and Delegate of the same circle',
    ]);
  });
});
