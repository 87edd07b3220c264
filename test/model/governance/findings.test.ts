// Governance findings for the analysis: many hats → overstretched, vacant essential hats → gap,
// low Stress & Wellbeing or Resources with a heavy care load → overstretched partner. Expected
// values are worked out by hand from the fixture below.
import { describe, expect, it } from 'vitest';

import { governanceFindings, manyHatsFindings, overstretchedPartnerFindings, vacantHatFindings } from '../../../src/model';
import { tie } from '../../helpers/build';
import { CIRCLE, circleHats, larkspur, TEAM_ASH, wear, withRecords } from './fixture';

function assess(id: string, partner: string, date: string, ratings: Record<string, number>) {
  return {
    id,
    type: 'capacityAssessment',
    partner,
    date,
    ratings: Object.fromEntries(Object.entries(ratings).map(([d, level]) => [d, { level }])),
  };
}

function fixture() {
  const base = larkspur();
  // lnt: 4 care ties (3 given, 1 received); mtg: 1; kettle: 5.
  const ties = [
    tie('c1', 'lnt', 'mrs_a'),
    tie('c2', 'lnt', 'maud'),
    tie('c3', 'lnt', 'w'),
    tie('c4', 'maud', 'lnt'),
    tie('c5', 'mtg', 'mrs_a'),
    ...['aiyana', 'bram', 'chidi', 'dora', 'efe'].map((p, i) => tie(`k${i}`, 'kettle', p)),
    tie('m1', 'maud', TEAM_ASH, { kind: 'membership' }),
  ];
  return withRecords({ ...base, ties }, [
    ...circleHats(),
    wear('a-owner', 'team.owner', TEAM_ASH, ['mrs_a']),
    wear('a-rota', 'team.rota_holder', TEAM_ASH, ['maud']),
    wear('a-mar', 'team.mar_holder', TEAM_ASH, ['maud']),
    wear('a-chat', 'team.chat_admin', TEAM_ASH, ['maud', 'w']),
    wear('c-peer', 'circle.peer_supervisor', CIRCLE, ['efe']),
    assess('as1', 'lnt', '2025-01-10', { stress_wellbeing: 2, resources: 3 }),
    assess('as2', 'lnt', '2025-07-10', { stress_wellbeing: 1, resources: 3 }),
    assess('as3', 'mtg', '2025-03-01', { resources: 1, participation: 4 }),
    assess('as4', 'kettle', '2025-03-01', { stress_wellbeing: 3, power_governance: 1 }),
  ]);
}

describe('manyHatsFindings', () => {
  it('flags Maud (rota, MAR, chat admin: 3 hats, one shared) and nobody with 2', () => {
    const found = manyHatsFindings(fixture());
    expect(found.map((f) => f.id)).toEqual(['many-hats:maud']);
    expect(found[0]?.numbers).toEqual({ hats: 3, shared: 1, contexts: 1, threshold: 3 });
    expect(found[0]?.sentence).toBe('Maud wears 3 hats in one team or circle (Rota Wrangler / Rota Holder, MAR Holder and Team Chat Admin).');
  });

  it('follows the threshold: at 2, Efe (commons organiser, peer supervisor) joins after Maud', () => {
    expect(manyHatsFindings(fixture(), { minHats: 2 }).map((f) => f.nodes[0])).toEqual(['maud', 'efe']);
  });
});

describe('vacantHatFindings', () => {
  it('names the two essential team hats nobody wears in Team Ash; the circle has all four process hats', () => {
    const found = vacantHatFindings(fixture());
    expect(found.map((f) => f.id)).toEqual([`vacant-essential-hats:${TEAM_ASH}`]);
    expect(found[0]?.sentence).toBe('Team Ash has nobody wearing 2 essential hats: Profile Holder and Check-in Facilitator.');
    expect(found[0]?.kind).toBe('gap');
  });
});

describe('overstretchedPartnerFindings', () => {
  it('flags LNT (stress level 1 in its latest assessment, 4 care ties) but not MTG (1 tie) or the Kettle (stress 3)', () => {
    const found = overstretchedPartnerFindings(fixture());
    expect(found.map((f) => f.id)).toEqual(['overstretched-partner:lnt']);
    expect(found[0]?.numbers).toEqual({ careTies: 4, threshold: 4, stress_wellbeing: 1 });
    expect(found[0]?.sentence).toBe('Larkspur Neighbours Together is assessed low on Stress & wellbeing at level 1 (2025-07-10) while in 4 care ties.');
  });

  it('with a lower load threshold MTG joins (resources level 1, 1 care tie)', () => {
    expect(overstretchedPartnerFindings(fixture(), { minCareTies: 1 }).map((f) => f.nodes[0])).toEqual(['lnt', 'mtg']);
  });
});

describe('governanceFindings', () => {
  it('lists many hats, then gaps, then partners', () => {
    expect(governanceFindings(fixture()).map((f) => f.type)).toEqual(['many-hats', 'vacant-essential-hats', 'overstretched-partner']);
  });
});
