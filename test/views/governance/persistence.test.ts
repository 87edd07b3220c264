// Governance, survey and assessment records survive the native format: written out and read back,
// every record is equal and the model reads it the same way (hats, scores, latest assessments).
import { describe, expect, it } from 'vitest';

import { formatProblem, getRecords, hatsOf, latestAssessments, scoreRound, upsertRecord, type CareMap } from '../../../src/model';
import { readNative, serializeNative } from '../../../src/io/native';
import { makeMap, node, person } from '../../helpers/build';

function withAll(): CareMap {
  let doc = makeMap([node('circle', 'circle', 'Circle'), node('ash', 'team', 'Team Ash'), person('maud', 'Maud'), node('lnt', 'organisation', 'LNT')]);
  const records = [
    { id: 'hd', type: 'hatDefinition', scope: 'team', name: 'Garden Keeper', essential: true },
    { id: 'ha', type: 'hatAssignment', hat: 'hd', context: 'ash', holders: ['maud'], rotating: true, reviewAt: '2026-06-01' },
    { id: 'p1', type: 'proposal', context: 'circle', title: 'Huddles', raisedAt: '2026-01-02', status: 'consented', outcome: 'consented', decidedAt: '2026-01-09', consentRound: [{ participant: { nodeId: 'maud' }, response: 'objection', reason: 'Too late', resolution: 'integrated' }] },
    { id: 'r1', type: 'surveyRound', scope: 'ash', label: 'Spring', opened: '2026-01-01' },
    ...[1, 2, 3, 4, 5].map((i) => ({ id: `s${i}`, type: 'surveyResponse', round: 'r1', stakeholder: 'volunteer', date: '2026-01-03', answers: { 'ld.group_unity.1': i, 'ld.group_unity.2': i } })),
    { id: 'cm', type: 'capacityMatrix', levels: ['One', 'Two', 'Three'] },
    { id: 'ca', type: 'capacityAssessment', partner: 'lnt', date: '2026-01-05', ratings: { stress_wellbeing: { level: 1, evidence: 'Waiting list doubled' } } },
  ];
  for (const r of records) {
    const result = upsertRecord(doc, r);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('; '));
    doc = result.value;
  }
  return doc;
}

describe('records in the native format', () => {
  it('come back equal and mean the same', () => {
    const doc = withAll();
    const read = readNative([{ name: 'map.carewealth.json', bytes: new TextEncoder().encode(serializeNative(doc)) }]);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.records).toEqual(doc.records);
    expect(read.value.records).toHaveLength(11);
    expect(hatsOf(read.value, 'maud').map((w) => [w.hat?.name, w.assignment.rotating])).toEqual([['Garden Keeper', true]]);
    expect(getRecords(read.value, 'proposal')[0]?.consentRound[0]?.resolution).toBe('integrated');
    // Volunteer i answers both Group Unity items with i: factor scores 1..5, group mean 3 (medium).
    // One valid factor of WRB's four is below the 75% rule, so the domain itself has no score.
    const scores = scoreRound(read.value, 'r1');
    const wrb = scores?.overall.kind === 'scored' ? scores.overall.domains.find((d) => d.domain === 'wrb') : undefined;
    expect(wrb?.factors.group_unity).toEqual({ kind: 'score', n: 5, score: 3, band: 'medium' });
    expect(wrb?.score.kind).toBe('suppressed');
    expect(latestAssessments(read.value).get('lnt' as never)?.ratings.stress_wellbeing?.evidence).toBe('Waiting list doubled');
  });
});
