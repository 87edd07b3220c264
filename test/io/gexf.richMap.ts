// A small map that uses every node and tie field, awkward text (markup characters, line breaks,
// leading spaces, a `|` inside a tag, spreadsheet-formula look-alikes) and parallel ties, plus
// overlays, records and snapshots. The GEXF, GraphML, CSV and networkx tests all round-trip it.
import type { CareMap } from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

export function richMap(): CareMap {
  const doc = makeMap(
    [
      person('p-ann', 'Ann <Hughes> & "Co"', {
        roles: ['team_owner', 'neighbour'],
        careNeeded: ['meals', 'transport', 'night_sitting'],
        careOffered: ['companionship'],
        tags: ['lives alone', 'pipe|tag', 'back\\slash', '=SUM(A1)'],
        description: '  leading spaces and trailing  ',
        notes: 'Line one\nLine two\r\nwith CR LF\tand a tab; <b>not bold</b> & more',
        location: { lat: 51.5534, lng: -0.0562, privacy: 'approximate' },
        capacity: { hoursPerWeek: 2.5, maxReceivers: 3, note: 'evenings only' },
        consent: { status: 'given', by: 'Ann', at: '2025-11-02', method: 'written', reviewAt: '2026-11-02', note: 'happy to be on the map' },
        validFrom: '2024-01-01',
        validTo: '2026-12-31',
        position: { x: 120.5, y: -40.25, pinned: true },
        fields: { ward: 'Hackney Downs', age: 84, score: 0.75, keyholder: true, '-risk': '+high' },
      }),
      person('@bob', 'Bob 🌱 Okafor', {
        roles: ['care_worker_independent'],
        careOffered: ['personal_care', 'meals'],
        position: { x: 0, y: 10, pinned: false },
        fields: { ward: 3, age: 41.5 },
      }),
      person('-carol', '-Carol'),
      node('g-lunch', 'group', 'Lunch club', { category: 'grassroots', formality: 'informal', isAnchor: true, careOffered: ['meals', 'social'] }),
      node('o-council', 'organisation', 'Hackney Council', { category: 'statutory', location: { lat: 51.545, lng: -0.0553, privacy: 'exact' } }),
      node('s-hall', 'space', 'St Mark’s hall', { category: 'public_space', isAnchor: false }),
      node('team-ann', 'team', 'Ann’s team', { category: 'care_team' }),
      node('c-local', 'circle', 'Clapton Local Circle', { category: 'local_circle', formality: 'mixed' }),
    ],
    [
      tie('t-1', '@bob', 'p-ann', {
        formality: 'formal',
        payment: 'paid',
        careTypes: ['personal_care', 'meals'],
        strength: 'generative',
        frequency: 'daily',
        hoursPerWeek: 10.5,
        closeness: 'middle',
        inSupportPlan: true,
        since: '2024-03-01',
        until: '2026-03-01',
        notes: 'Mornings\nand evenings',
        label: 'paid care',
        fields: { contract: 'C-17', rate: 14 },
      }),
      // a second, parallel tie between the same two people: a friendship too
      tie('t-2', '@bob', 'p-ann', { mutual: true, formality: 'informal', payment: 'gifted', careTypes: ['companionship'], hoursPerWeek: 0, inSupportPlan: false, strength: 'engaged' }),
      tie('t-3', '-carol', 'p-ann', { careTypes: ['transport'], frequency: 'weekly', notes: '', label: '' }),
      tie('t-4', 'p-ann', 'team-ann', { kind: 'membership', role: 'Team Owner', participation: 'full', ownerConsented: true, memberConsented: true }),
      tie('t-5', '@bob', 'team-ann', { kind: 'membership', role: 'Care worker', participation: 'learning', ownerConsented: true, memberConsented: false }),
      tie('t-6', 'c-local', 'o-council', { kind: 'partnership', mutual: true, partnershipStatus: 'active', since: '2022-05-01' }),
      tie('t-7', 'g-lunch', 's-hall', { kind: 'hosted_at', strength: 'inactive' }),
      tie('t-8', 'g-lunch', 'c-local', { kind: 'commons_membership', commonsStatus: 'active' }),
      tie('t-9', 'o-council', '-carol', { kind: 'referral', notes: 'referred via GP' }),
      tie('t-10', 'team-ann', 'c-local', { kind: 'double_link' }),
    ],
    'Clapton care <test> map',
  );
  return {
    ...doc,
    meta: { ...doc.meta, description: 'A rich map\nfor round trips', scope: 'community', area: { name: 'Clapton', centre: { lat: 51.55, lng: -0.06 } }, centreNodeId: 'p-ann' as CareMap['nodes'][number]['id'] },
    careTypes: [...doc.careTypes, { id: 'night_sitting', label: 'Night sitting', leaning: 'either' }],
    overlays: [
      {
        id: 'ov-1',
        name: 'Ward boundary',
        kind: 'boundary',
        visible: true,
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Polygon', coordinates: [[[-0.07, 51.54], [-0.05, 51.54], [-0.05, 51.56], [-0.07, 51.54]]] },
            properties: { name: 'Hackney Downs', kind: 'boundary' },
          },
        ],
      },
    ],
    records: [{ id: 'r-1', type: 'survey.round', title: 'Spring round', answers: [1, 2, 3] }],
    snapshots: [{ id: 'snap-1', label: 'Launch workshop', takenAt: '2025-06-01', nodes: [person('p-ann', 'Ann')], ties: [] }],
  };
}
