// A rich, valid care map that uses every field of the document, for round-trip tests of the
// native and Kumu formats. Ids, dates and values are fixed so expectations can be written by hand.
import type { CareMap, CareNode, Tie } from '../../src/model';
import { makeMap, node, person, tie } from '../helpers/build';

export function richNodes(): CareNode[] {
  return [
    person('n-ann', 'Ann <script>alert(1)</script>', {
      roles: ['team_owner', 'neighbour'],
      careNeeded: ['meals', 'transport'],
      description: 'Lives on Elm Road',
      notes: '  keeps "quotes" & ampersands\nsecond line',
      tags: ['clapton', 'pilot'],
      location: { lat: 51.5581, lng: -0.0553, privacy: 'approximate' },
      capacity: { hoursPerWeek: 2.5, note: 'weekends' },
      consent: { status: 'given', by: 'Ann', at: '2025-11-02', method: 'verbal', reviewAt: '2026-11-02', note: 'asked at home' },
      validFrom: '2025-01-01',
      validTo: '2026-12-31',
      position: { x: 10.5, y: -20, pinned: true },
      fields: { age: 81, 'favourite colour': 'green', drives: false },
    }),
    person('n-bo', '<img src=x onerror=alert(1)>', { roles: ['care_worker_employed'], careOffered: ['personal_care', 'meals'] }),
    node('n-hall', 'space', 'St Luke’s Hall', {
      category: 'public_space',
      formality: 'informal',
      isAnchor: true,
      careOffered: ['gift_space'],
      location: { lat: 51.55, lng: -0.06, privacy: 'exact' },
    }),
    node('n-gp', 'organisation', 'Elm GP Surgery', { category: 'health', formality: 'formal', capacity: { maxReceivers: 2000, hoursPerWeek: 60 } }),
    node('n-lunch', 'group', 'Tuesday Lunch Club', { category: 'grassroots', formality: 'informal', careOffered: ['meals', 'social'], tags: ['food'] }),
    node('n-team', 'team', 'Ann’s Team', { category: 'care_team' }),
    node('n-circle', 'circle', 'Clapton Care Circle', { category: 'local_circle', formality: 'mixed' }),
    node('n-london', 'circle', 'London Circle'),
    node('n-conv', 'organisation', 'Hackney CVS', { category: 'convening_partner', location: { lat: 51.54, lng: -0.07, privacy: 'hidden' } }),
  ];
}

export function richTies(): Tie[] {
  return [
    tie('t-care1', 'n-bo', 'n-ann', {
      careTypes: ['personal_care', 'meals'],
      formality: 'formal',
      payment: 'paid',
      strength: 'generative',
      frequency: 'daily',
      hoursPerWeek: 10,
      closeness: 'inner',
      inSupportPlan: true,
      since: '2024-03-01',
      until: '2026-03-01',
      label: 'morning visits',
      notes: 'via the co-op',
      fields: { rota: 'mornings' },
    }),
    tie('t-care2', 'n-lunch', 'n-ann', { careTypes: ['meals', 'social'], mutual: true, strength: 'engaged', payment: 'gifted', formality: 'informal' }),
    tie('t-mem', 'n-bo', 'n-team', { kind: 'membership', role: 'carer', participation: 'full', ownerConsented: true, memberConsented: true, strength: 'engaged' }),
    tie('t-part', 'n-circle', 'n-conv', { kind: 'partnership', partnershipStatus: 'active', mutual: true }),
    tie('t-host', 'n-lunch', 'n-hall', { kind: 'hosted_at', strength: 'inactive' }),
    tie('t-ref', 'n-circle', 'n-gp', { kind: 'referral', notes: 'referred for a health check' }),
    tie('t-commons', 'n-lunch', 'n-conv', { kind: 'commons_membership', commonsStatus: 'inactive' }),
    tie('t-double', 'n-circle', 'n-london', { kind: 'double_link' }),
  ];
}

/** Every part of the document filled in: meta, care types, nodes, ties, overlays, records, snapshots. */
export function richMap(): CareMap {
  const doc = makeMap(richNodes(), richTies(), 'Clapton network');
  return {
    ...doc,
    meta: {
      ...doc.meta,
      description: 'Workshop map, January',
      scope: 'community',
      area: { name: 'Clapton', centre: { lat: 51.558, lng: -0.055 }, bounds: [[-0.07, 51.55], [-0.04, 51.57]] },
      centreNodeId: 'n-ann' as CareMap['nodes'][number]['id'],
    },
    careTypes: [...doc.careTypes, { id: 'dog_walking', label: 'Dog walking', leaning: 'informal' }],
    overlays: [
      {
        id: 'ward',
        name: 'Ward boundary',
        kind: 'boundary',
        visible: false,
        features: [
          {
            type: 'Feature',
            geometry: { type: 'Polygon', coordinates: [[[-0.07, 51.55], [-0.04, 51.55], [-0.04, 51.57], [-0.07, 51.55]]] },
            properties: { name: 'Clapton ward', kind: 'boundary' },
          },
          { type: 'Feature', geometry: { type: 'Point', coordinates: [-0.05, 51.56] }, properties: null },
        ],
      },
    ],
    records: [
      { id: 'r-1', type: 'workshop.note', title: 'Buy a kettle', who: ['n-ann'] },
      { id: 'r-2', type: 'future.thing', nested: { deep: [1, 2, 3] } },
    ],
    snapshots: [{ id: 's-1', label: 'Launch workshop', takenAt: '2025-12-01', note: 'first draft', nodes: richNodes().slice(0, 2), ties: [] }],
  };
}
