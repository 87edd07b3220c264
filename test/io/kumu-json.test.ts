// Kumu JSON blueprints: the mapping of element and connection types (including the playbook's
// Service Map types), both shapes of element, connections by id or label, custom attributes,
// the round trip through our writer, and the problems bad files give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { readKumuJson, toKumuBlueprint, writeKumuJson } from '../../src/io/kumu-json';
import { type CareMap, formatProblem, loadCareMap, type Problem, type Result } from '../../src/model';
import { FIXED_NOW } from '../helpers/build';
import { richMap } from './nativeRich';

const json = (value: unknown, name = 'map.kumu.json') => [{ name, bytes: new TextEncoder().encode(JSON.stringify(value)) }];
const read = (value: unknown) => readKumuJson(json(value), { now: FIXED_NOW });

function valueOf(r: Result<CareMap>): CareMap {
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.value;
}
function problemsOf(r: Result<CareMap>): readonly Problem[] {
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

const SERVICE_MAP = {
  elements: [
    { _id: 'sp', attributes: { label: 'Mrs K', 'element type': 'Supported Person' } },
    { _id: 'cp', attributes: { label: 'Hackney CVS', 'element type': 'Convening Partner' } },
    { _id: 'rc', attributes: { label: 'Carers Ltd', 'element type': 'Regulated Social Care Provider' } },
    { _id: 'hc', attributes: { label: 'Elm GP', 'element type': 'Health Care Provider' } },
    { _id: 'bz', attributes: { label: 'Corner Café', 'element type': 'Business' } },
    { _id: 'gr', attributes: { label: 'Knit Club', 'element type': 'Group' } },
    { _id: 'pl', attributes: { label: 'Library', 'element type': 'Place' } },
    { _id: 'vn', attributes: { label: 'Hall', 'element type': 'Venue' } },
    { _id: 'tm', attributes: { label: 'K Team', 'element type': 'Team' } },
    { _id: 'cc', attributes: { label: 'Local Circle', 'element type': 'Circle' } },
    { _id: 'og', attributes: { label: 'Age UK', 'element type': 'Organization' } },
  ],
  connections: [
    { _id: 'c1', from: 'gr', to: 'cp', attributes: { 'connection type': 'Commons Membership' } },
    { _id: 'c2', from: 'bz', to: 'cp', attributes: { 'connection type': 'Inactive Commons Membership' } },
    { _id: 'c3', from: 'rc', to: 'sp', attributes: { 'connection type': 'Participating in a shared support plan' } },
    { _id: 'c4', from: 'hc', to: 'sp', attributes: { 'connection type': 'Not participating in a Support Plan' } },
  ],
};

describe('Kumu JSON: types', () => {
  it('maps element types, Service Map types included, to kinds, roles and categories', () => {
    const doc = valueOf(read(SERVICE_MAP));
    expect(doc.nodes.map((n) => [n.id, n.kind, n.roles, n.category])).toEqual([
      ['sp', 'person', ['team_owner'], undefined],
      ['cp', 'organisation', [], 'convening_partner'],
      ['rc', 'organisation', [], 'regulated_care'],
      ['hc', 'organisation', [], 'health'],
      ['bz', 'organisation', [], 'business'],
      ['gr', 'group', [], undefined],
      ['pl', 'space', [], undefined],
      ['vn', 'space', [], undefined],
      ['tm', 'team', [], undefined],
      ['cc', 'circle', [], undefined],
      ['og', 'organisation', [], undefined],
    ]);
  });

  it('maps Service Map connection types to tie kinds and their flags', () => {
    const doc = valueOf(read(SERVICE_MAP));
    expect(doc.ties.map((t) => [t.id, t.kind, t.commonsStatus, t.inSupportPlan])).toEqual([
      ['c1', 'commons_membership', 'active', undefined],
      ['c2', 'commons_membership', 'inactive', undefined],
      ['c3', 'care', undefined, true],
      ['c4', 'care', undefined, false],
    ]);
  });

  it('reads an unknown element type as an organisation, keeps the type, and warns once per type', () => {
    const r = read({
      elements: [
        { attributes: { label: 'A', 'element type': 'Volunteer Hub' } },
        { attributes: { label: 'B', 'element type': 'Volunteer Hub' } },
      ],
    });
    const doc = valueOf(r);
    expect(doc.nodes.map((n) => [n.kind, n.fields])).toEqual([
      ['organisation', { kumuType: 'Volunteer Hub' }],
      ['organisation', { kumuType: 'Volunteer Hub' }],
    ]);
    expect(r.ok && r.warnings.map(formatProblem)).toEqual([
      'map.kumu.json: elements[0].attributes.element type: Type "Volunteer Hub" (2 elements) is not a kind Carewealth knows; read as organisation, the type is kept in the field "kumuType"',
    ]);
  });

  it('reads direction, strength and unknown connection types', () => {
    const r = read({
      elements: [{ _id: 'a', attributes: { label: 'A', 'element type': 'Person' } }, { _id: 'b', attributes: { label: 'B', 'element type': 'Person' } }],
      connections: [
        { from: 'a', to: 'b', attributes: { 'connection type': 'Friend', 'connection direction': 'undirected', strength: 'Generative' } },
        { from: 'a', to: 'b', direction: 'mutual', attributes: { strength: 3 } },
        { from: 'b', to: 'a', attributes: { 'connection direction': 'directed', strength: 'engaged' } },
      ],
    });
    const doc = valueOf(r);
    expect(doc.ties.map((t) => [t.kind, t.mutual, t.strength, t.fields])).toEqual([
      ['care', true, 'generative', { kumuType: 'Friend' }],
      ['care', true, 'unclassified', { kumuStrength: 3 }],
      ['care', false, 'engaged', undefined],
    ]);
    expect(r.ok && r.warnings.map((w) => w.message)).toEqual([
      'strength "3" is not generative, engaged, inactive or unclassified; kept in the field "kumuStrength"',
      'Type "Friend" (1 connection) is not a tie kind Carewealth knows; read as care, the type is kept in the field "kumuType"',
    ]);
  });
});

describe('Kumu JSON: shapes and attributes', () => {
  it('accepts the flat shape and connections naming elements by label', () => {
    const doc = valueOf(
      read({
        elements: [
          { label: 'Ann', type: 'Person', tags: 'a|b' },
          { label: 'Lunch Club', type: 'Group' },
        ],
        connections: [{ from: 'lunch club', to: ' Ann ', type: 'care' }],
      }),
    );
    const [ann, club] = doc.nodes;
    expect(ann?.tags).toEqual(['a', 'b']);
    expect(doc.ties.map((t) => [t.source, t.target])).toEqual([[club?.id, ann?.id]]);
  });

  it('reads known attributes into fields of the node and keeps the rest as typed custom fields', () => {
    const doc = valueOf(
      read({
        elements: [
          {
            _id: 'e1',
            attributes: {
              label: 'Ann',
              'element type': 'Person',
              roles: ['Neighbour', 'volunteer'],
              'care offered': ['Meals & food', 'Dog walking'],
              location: '51.5, -0.05',
              description: 'lives nearby',
              age: 81,
              drives: false,
              'favourite colour': 'green',
              empty: '',
              skills: ['cooking', 'maths'],
            },
          },
        ],
      }),
    );
    const ann = doc.nodes[0];
    expect(ann?.roles).toEqual(['neighbour', 'volunteer']);
    expect(ann?.careOffered).toEqual(['meals', 'dog_walking']);
    expect(doc.careTypes.at(-1)).toEqual({ id: 'dog_walking', label: 'Dog walking', leaning: 'either' });
    // people's points are approximate unless the file says otherwise
    expect(ann?.location).toEqual({ lat: 51.5, lng: -0.05, privacy: 'approximate' });
    expect(ann?.description).toBe('lives nearby');
    expect(ann?.fields).toEqual({ age: 81, drives: false, 'favourite colour': 'green', skills: 'cooking|maths' });
  });

  it('loads labels holding markup verbatim', () => {
    const doc = valueOf(readKumuJson([{ name: 'h.kumu.json', bytes: new Uint8Array(readFileSync(join(__dirname, '../fixtures/io/html-labels.kumu.json'))) }]));
    expect(doc.nodes.map((n) => n.label)).toEqual(["<script>alert('x')</script>", '<img src=x onerror=alert(1)>']);
  });

  it('titles the map after the file', () => {
    expect(valueOf(readKumuJson(json({ elements: [] }, 'clapton-network.kumu.json'))).meta.title).toBe('clapton-network');
  });
});

describe('Kumu JSON: problems', () => {
  it('a connection to an unknown element names the path and the value', () => {
    const problems = problemsOf(read({ elements: [{ _id: 'a', attributes: { label: 'A' } }], connections: [{ from: 'a', to: 'zed' }] }));
    expect(problems.map(formatProblem)).toEqual(['map.kumu.json: connections[0].to: to "zed" matches no element\'s ID or Label']);
  });

  it('duplicate element ids', () => {
    const problems = problemsOf(read({ elements: [{ _id: 'a', attributes: { label: 'A' } }, { _id: 'a', attributes: { label: 'B' } }] }));
    expect(problems.map(formatProblem)).toEqual(['map.kumu.json: elements[1]._id: ID "a" is used by two elements (first at elements[0])']);
  });

  it('a bad location is kept as a custom field, with a warning at its path', () => {
    const r = read({ elements: [{ attributes: { label: 'A', location: '51.5; x' } }] });
    expect(valueOf(r).nodes[0]?.fields).toEqual({ location: '51.5; x' });
    expect(r.ok && r.warnings.map(formatProblem)).toContain('map.kumu.json: elements[0].attributes.location: location "51.5; x" is not "lat, lng"; kept as a custom field');
  });

  it('a since that is a year, a yes/no that is neither and a number that is not one are kept as custom fields', () => {
    const elements = [{ _id: 'a', attributes: { label: 'A', type: 'Organisation', anchor: 'maybe' } }, { _id: 'b', attributes: { label: 'B', type: 'Person' } }];
    const r = read({ elements, connections: [{ from: 'a', to: 'b', attributes: { since: '2019', 'hours per week': 'lots' } }] });
    const doc = valueOf(r);
    expect(doc.nodes[0]?.fields).toEqual({ anchor: 'maybe' });
    expect(doc.ties[0]?.fields).toEqual({ since: '2019', 'hours per week': 'lots' });
    expect(r.ok && r.warnings.map((w) => w.message)).toEqual([
      'anchor "maybe" is not yes or no; kept as a custom field',
      'since "2019" is not a date written YYYY-MM-DD; kept as a custom field',
      'hours per week "lots" is not a number; kept as a custom field',
    ]);
  });

  it('a connection type the model refuses between these elements is kept as a field, with a warning at the connection', () => {
    const elements = [{ _id: 'a', attributes: { label: 'A', type: 'Person' } }, { _id: 'b', attributes: { label: 'B', type: 'Person' } }];
    const r = read({ elements, connections: [{ from: 'a', to: 'b', type: 'Membership' }] });
    expect(valueOf(r).ties.map((t) => [t.kind, t.fields])).toEqual([['care', { kind: 'membership' }]]);
    expect(r.ok && r.warnings.map(formatProblem)[0]).toBe(
      'map.kumu.json: connections[0]: the "kind" of 1 tie ("membership") is not a value Carewealth\'s own "kind" can hold; it was kept as the custom field "kind"',
    );
  });

  it('a label over 200 characters is cut, like in every other format, with a warning', () => {
    const r = read({ elements: [{ attributes: { label: 'x'.repeat(201) } }] });
    expect(valueOf(r).nodes[0]?.label).toBe(`${'x'.repeat(199)}…`);
    expect(r.ok && r.warnings.map(formatProblem)).toContain('map.kumu.json: nodes: 1 labels were empty, over 200 characters or on several lines, and were tidied');
  });

  it('a self-tie is left out with a warning naming its connection, as in every other format', () => {
    const r = read({ elements: [{ _id: 'a', attributes: { label: 'A' } }], connections: [{ _id: 'c', from: 'a', to: 'A' }] });
    expect(valueOf(r).ties).toEqual([]);
    expect(r.ok && r.warnings.map(formatProblem)).toContain('map.kumu.json: ties: 1 ties joined a node to itself and were left out (the first is on connections[0])');
  });

  it('wrong shapes', () => {
    expect(problemsOf(read([1, 2])).map(formatProblem)).toEqual(['map.kumu.json: is not a Kumu map: expected a JSON object with "elements" and "connections"']);
    expect(problemsOf(read({ elements: {} })).map(formatProblem)).toEqual(['map.kumu.json: elements: must be a list (JSON array) of elements']);
    expect(problemsOf(read({ elements: ['Ann'] })).map(formatProblem)).toEqual(['map.kumu.json: elements[0]: each of the elements must be a JSON object']);
    expect(problemsOf(read({ elements: [{ attributes: { type: 'Person' } }] })).map(formatProblem)).toEqual(['map.kumu.json: elements[0]: this element has no Label']);
  });

  it('prototype keys are refused before anything is read', () => {
    const r = readKumuJson([{ name: 'p.kumu.json', bytes: new Uint8Array(readFileSync(join(__dirname, '../fixtures/io/proto-key.kumu.json'))) }]);
    expect(problemsOf(r).map((p) => p.path)).toEqual(['elements[0].attributes.constructor']);
  });
});

describe('Kumu JSON: writing', () => {
  const doc = (() => {
    const r = loadCareMap(richMap());
    if (!r.ok) throw new Error('rich map invalid');
    return r.value;
  })();

  it('round-trips nodes, ties, graph positions (as a Kumu map), the title and the description', () => {
    const [out] = writeKumuJson(doc, 'clapton');
    expect(out?.name).toBe('clapton.kumu.json');
    const back = valueOf(readKumuJson([{ name: 'clapton.kumu.json', bytes: out?.bytes ?? new Uint8Array() }], { now: FIXED_NOW }));
    expect(back.nodes).toEqual(doc.nodes);
    expect(back.ties).toEqual(doc.ties);
    expect([back.meta.title, back.meta.description]).toEqual([doc.meta.title, doc.meta.description]);
    expect(toKumuBlueprint(doc).maps).toEqual([
      { _id: 'map-carewealth', name: doc.meta.title, elements: [{ _id: 'node-n-ann', element: 'n-ann', position: { x: 10.5, y: -20 }, pinned: true }] },
    ]);
  });

  it('writes the blueprint shape with ids kept and fields as attributes', () => {
    const bp = toKumuBlueprint(doc);
    expect(bp.elements[2]).toEqual({
      _id: 'n-hall',
      attributes: {
        label: 'St Luke’s Hall',
        'element type': 'Space',
        location: '51.55, -0.06',
        'location privacy': 'exact',
        category: 'public_space',
        formality: 'informal',
        anchor: true,
        'care offered': ['Gift of space'],
      },
    });
    expect(bp.connections[1]).toEqual({
      _id: 't-care2',
      from: 'n-lunch',
      to: 'n-ann',
      attributes: {
        'connection type': 'Care flow',
        'connection direction': 'mutual',
        strength: 'engaged',
        'care types': ['Meals & food', 'Social Connection & Engagement'],
        formality: 'informal',
        payment: 'gifted',
      },
    });
  });

  it('writes a kept Kumu type back as the type', () => {
    const r = valueOf(read({ elements: [{ _id: 'a', attributes: { label: 'A', 'element type': 'Volunteer Hub' } }] }));
    expect(toKumuBlueprint(r).elements[0]).toEqual({ _id: 'a', attributes: { label: 'A', 'element type': 'Volunteer Hub' } });
  });
});
