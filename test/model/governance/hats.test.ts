import { describe, expect, it } from 'vitest';

import {
  allHats,
  checkIntegrity,
  formatProblem,
  HAT_CATALOGUE,
  hatLoad,
  hatsOf,
  upsertRecord,
  vacantEssentialHats,
} from '../../../src/model';
import { makeMap, node, person } from '../../helpers/build';
import { CIRCLE, circleHats, larkspur, TEAM_ASH, wear, withRecords } from './fixture';

const ids = (hats: readonly { id: string }[]) => hats.map((h) => h.id);
const fmt = (r: ReturnType<typeof upsertRecord>) => (r.ok ? [] : r.problems.map(formatProblem));

describe('HAT_CATALOGUE', () => {
  it('holds the team and circle hats of the brief, with the essential ones marked', () => {
    expect(HAT_CATALOGUE.filter((h) => h.scope === 'team').map((h) => h.name)).toEqual([
      'Team Owner / Leader',
      'Team Member',
      'Profile Holder',
      'Rota Wrangler / Rota Holder',
      'MAR Holder',
      'Team Chat Admin',
      'Check-in Facilitator',
      'Safeguarding Lead',
      'Team Membership',
    ]);
    expect(HAT_CATALOGUE.filter((h) => h.scope === 'circle').map((h) => h.name)).toEqual([
      'Circle Facilitator',
      'Circle Secretary',
      'Circle Leader',
      'Circle Delegate',
      'Coach',
      'Team Starter',
      'Recruiter',
      'Care Commons Organiser',
      'Peer Supervisor',
    ]);
    expect(ids(HAT_CATALOGUE.filter((h) => h.essential))).toEqual([
      'team.owner',
      'team.profile_holder',
      'team.rota_holder',
      'team.mar_holder',
      'team.chat_admin',
      'team.checkin_facilitator',
      'circle.facilitator',
      'circle.secretary',
      'circle.leader',
      'circle.delegate',
    ]);
    expect(HAT_CATALOGUE.every((h) => !h.custom)).toBe(true);
  });
});

describe('hat assignment rules', () => {
  it('refuses dates out of order and a rotation note on a fixed hat', () => {
    const r = upsertRecord(larkspur(), wear('h', 'circle.secretary', CIRCLE, ['bram'], { from: '2025-03-01', until: '2025-02-01', reviewAt: '2025-01-01', rotationNote: 'monthly' }));
    expect(fmt(r)).toEqual([
      'records[0].until: ends (2025-02-01) before it starts (2025-03-01)',
      'records[0].reviewAt: review date (2025-01-01) is before the start (2025-03-01)',
      'records[0].rotationNote: only a rotating hat has a rotation note',
    ]);
  });

  it('refuses a second hat that makes the Leader also the Delegate while both are worn', () => {
    const doc = withRecords(larkspur(), circleHats());
    expect(fmt(upsertRecord(doc, wear('h-del2', 'circle.delegate', CIRCLE, ['chidi'], { from: '2025-01-01' })))).toEqual([
      'records[7].holders[0]: "Chidi" is also Leader here (records[2]); one person may not be Leader and Delegate of the same circle',
    ]);
  });

  it('allows Leader then Delegate when the periods do not overlap, and in different circles', () => {
    const doc = makeMap([node('c1', 'circle'), node('c2', 'circle'), person('p')]);
    const ok = withRecords(doc, [
      wear('l', 'circle.leader', 'c1', ['p'], { from: '2024-01-01', until: '2024-12-31' }),
      wear('d', 'circle.delegate', 'c1', ['p'], { from: '2025-01-01' }),
      wear('d2', 'circle.delegate', 'c2', ['p']),
    ]);
    expect(checkIntegrity(ok)).toEqual([]);
    // One shared day is an overlap.
    expect(fmt(upsertRecord(ok, wear('d', 'circle.delegate', 'c1', ['p'], { from: '2024-12-31' })))).toHaveLength(1);
  });

  it('warns (and upsert refuses) a team hat worn in a circle and an unknown hat id', () => {
    const doc = larkspur();
    expect(fmt(upsertRecord(doc, wear('h', 'team.mar_holder', CIRCLE, ['gus'])))).toEqual([
      'records[0].hat: "MAR Holder" is a team hat, worn here in a circle',
    ]);
    expect(fmt(upsertRecord(doc, wear('h', 'team.tea_maker', TEAM_ASH, ['maud'])))).toEqual([
      'records[0].hat: no hat "team.tea_maker" in the catalogue or this map\'s custom hats',
    ]);
  });

  it('accepts custom hats but not one that reuses a built-in id', () => {
    const doc = withRecords(larkspur(), [
      { id: 'hat-garden', type: 'hatDefinition', scope: 'team', name: 'Garden Keeper', responsibilities: 'Waters the pots', essential: true },
      wear('h', 'hat-garden', TEAM_ASH, ['maud']),
    ]);
    expect(allHats(doc).slice(-1)).toEqual([
      { id: 'hat-garden', type: 'hatDefinition', scope: 'team', name: 'Garden Keeper', responsibilities: 'Waters the pots', essential: true, custom: true },
    ]);
    expect(fmt(upsertRecord(doc, { id: 'circle.leader', type: 'hatDefinition', scope: 'circle', name: 'Boss' }))).toEqual([
      'records[2].id: "circle.leader" is a built-in hat id; choose another',
    ]);
  });
});

describe('hatsOf and hatLoad', () => {
  const doc = withRecords(larkspur(), [
    ...circleHats(),
    wear('t-owner', 'team.owner', TEAM_ASH, ['mrs_a']),
    wear('t-rota', 'team.rota_holder', TEAM_ASH, ['maud'], { rotating: true, rotationNote: 'monthly with W.' }),
    wear('t-chat', 'team.chat_admin', TEAM_ASH, ['maud', 'w']),
    wear('t-check', 'team.checkin_facilitator', TEAM_ASH, ['maud']),
    wear('t-old', 'team.profile_holder', TEAM_ASH, ['gus'], { from: '2024-01-01', until: '2024-06-30' }),
    wear('t-prof', 'team.profile_holder', TEAM_ASH, ['maud'], { from: '2024-07-01', reviewAt: '2025-01-01' }),
    wear('t-mar', 'team.mar_holder', TEAM_ASH, []),
  ]);

  it('lists the hats a person wears, with shared ones marked', () => {
    expect(hatsOf(doc, 'maud').map((w) => [w.assignment.id, w.hat?.name, w.shared])).toEqual([
      ['t-rota', 'Rota Wrangler / Rota Holder', false],
      ['t-chat', 'Team Chat Admin', true],
      ['t-check', 'Check-in Facilitator', false],
      ['t-prof', 'Profile Holder', false],
    ]);
    expect(hatsOf(doc, 'gus').map((w) => w.assignment.id)).toEqual(['h-ts', 't-old']);
    expect(hatsOf(doc, 'gus', { asOf: '2025-01-01' }).map((w) => w.assignment.id)).toEqual(['h-ts']);
    expect(hatsOf(doc, 'maud', { asOf: '2024-06-30' }).map((w) => w.assignment.id)).toEqual(['t-rota', 't-chat', 't-check']);
  });

  it('counts hats per person, most first, ties by id', () => {
    // maud 4 (chat shared); gus 2 on all dates (team starter + old profile holder); everyone else 1.
    expect(hatLoad(doc)).toEqual([
      { person: 'maud', hats: 4, shared: 1, contexts: 1 },
      { person: 'gus', hats: 2, shared: 0, contexts: 2 },
      { person: 'aiyana', hats: 1, shared: 0, contexts: 1 },
      { person: 'bram', hats: 1, shared: 0, contexts: 1 },
      { person: 'chidi', hats: 1, shared: 0, contexts: 1 },
      { person: 'dora', hats: 1, shared: 0, contexts: 1 },
      { person: 'efe', hats: 1, shared: 1, contexts: 1 },
      { person: 'fenna', hats: 1, shared: 1, contexts: 1 },
      { person: 'hana', hats: 1, shared: 0, contexts: 1 },
      { person: 'mrs_a', hats: 1, shared: 0, contexts: 1 },
      { person: 'w', hats: 1, shared: 1, contexts: 1 },
    ]);
    expect(hatLoad(doc, { asOf: '2025-03-01' }).slice(0, 2)).toEqual([
      { person: 'maud', hats: 4, shared: 1, contexts: 1 },
      { person: 'aiyana', hats: 1, shared: 0, contexts: 1 },
    ]);
  });

  it('finds essential hats nobody wears, per team and circle', () => {
    // Team Ash: MAR Holder has an assignment with no holder. The circle has all four process hats.
    expect(vacantEssentialHats(doc).map((v) => [v.context, ids(v.hats)])).toEqual([[TEAM_ASH, ['team.mar_holder']]]);
    // On a day before t-prof starts, the Profile Holder was Gus (t-old) — still worn.
    expect(vacantEssentialHats(doc, { asOf: '2024-03-01' }).map((v) => [v.context, ids(v.hats)])).toEqual([
      [TEAM_ASH, ['team.mar_holder']],
    ]);
    // After Maud leaves the map, the hats only she wore fall vacant.
    const noMaud = { ...doc, nodes: doc.nodes.filter((n) => n.id !== 'maud') };
    expect(vacantEssentialHats(noMaud, { asOf: '2025-01-01' }).map((v) => [v.context, ids(v.hats)])).toEqual([
      [TEAM_ASH, ['team.profile_holder', 'team.rota_holder', 'team.mar_holder', 'team.checkin_facilitator']],
    ]);
  });

  it('checks every team and circle by default, or only governed ones', () => {
    const doc2 = withRecords(makeMap([node('t1', 'team'), node('t2', 'team'), person('p')]), [wear('a', 'team.owner', 't1', ['p'])]);
    expect(vacantEssentialHats(doc2).map((v) => [v.context, v.hats.length])).toEqual([
      ['t1', 5],
      ['t2', 6],
    ]);
    expect(vacantEssentialHats(doc2, { contexts: 'governed' }).map((v) => v.context)).toEqual(['t1']);
  });
});
