import { describe, expect, it } from 'vitest';

import { CareMapSchema, CareNodeSchema, DateSchema, LabelSchema, TieSchema } from '../../src/model';
import { makeMap, person, tie } from '../helpers/build';

function issues(schema: { safeParse(x: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const r = schema.safeParse(value);
  return r.success ? [] : (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('labels', () => {
  it('trims and keeps markup verbatim as text', () => {
    expect(LabelSchema.parse('  <img src=x onerror=alert(1)>  ')).toBe('<img src=x onerror=alert(1)>');
  });
  it('refuses empty, multi-line, over-long and control characters', () => {
    expect(issues(LabelSchema, '   ')).toEqual([': must not be empty']);
    expect(issues(LabelSchema, 'a\nb')).toEqual([': must be a single line']);
    expect(issues(LabelSchema, 'x'.repeat(201))).toEqual([': must be at most 200 characters']);
    expect(issues(LabelSchema, 'bell\u0007')).toEqual([': must not contain control characters']);
  });
});

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(DateSchema.safeParse('2024-02-29').success).toBe(true);
    expect(issues(DateSchema, '2023-02-29')).toEqual([': must be a real calendar date']);
    expect(issues(DateSchema, '29/02/2024')).toEqual([': must be a date written YYYY-MM-DD']);
  });
});

describe('nodes', () => {
  it('fills list defaults', () => {
    const n = CareNodeSchema.parse({ id: 'n1', kind: 'group', label: 'Knit & Natter' });
    expect(n).toEqual({ id: 'n1', kind: 'group', label: 'Knit & Natter', roles: [], careOffered: [], careNeeded: [], tags: [] });
  });
  it('refuses unknown kinds, bad ids, out-of-range places and capacity', () => {
    expect(issues(CareNodeSchema, { id: 'n 1', kind: 'robot', label: 'x' })).toEqual([
      'id: must be 1-128 letters, digits or _ . : ~ @ # + = - (no spaces)',
      'kind: Invalid option: expected one of "person"|"group"|"organisation"|"space"|"team"|"circle"',
    ]);
    expect(
      issues(CareNodeSchema, {
        id: 'n1',
        kind: 'person',
        label: 'x',
        location: { lat: 91, lng: 0, privacy: 'approximate' },
        capacity: { hoursPerWeek: 200 },
      }),
    ).toEqual(['location.lat: latitude must be between -90 and 90', 'capacity.hoursPerWeek: cannot exceed 168 hours a week']);
  });
  it('refuses repeated roles and reserved field names', () => {
    expect(issues(CareNodeSchema, { id: 'n1', kind: 'person', label: 'x', roles: ['friend', 'friend'] })).toEqual([
      'roles: must not repeat an entry',
    ]);
    // JSON.parse makes "__proto__" an own key; the schema must never copy it onto a prototype.
    // (The file readers refuse such keys outright with a message; see test/io.)
    const withProto = JSON.parse('{"id":"n1","kind":"person","label":"x","fields":{"__proto__":{"polluted":1},"ok":2}}') as unknown;
    const parsed = CareNodeSchema.parse(withProto);
    expect(parsed.fields).toEqual({ ok: 2 });
    expect(Object.getPrototypeOf(parsed.fields)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ties', () => {
  it('defaults strength to unclassified and mutual to false', () => {
    const t = TieSchema.parse({ id: 't1', kind: 'care', source: 'a', target: 'b' });
    expect(t.strength).toBe('unclassified');
    expect(t.mutual).toBe(false);
    expect(t.careTypes).toEqual([]);
  });
  it('refuses a strength outside the four labels and negative hours', () => {
    expect(issues(TieSchema, { id: 't1', kind: 'care', source: 'a', target: 'b', strength: 'strong', hoursPerWeek: -1 })).toEqual([
      'strength: Invalid option: expected one of "generative"|"engaged"|"inactive"|"unclassified"',
      'hoursPerWeek: must be 0 or more hours a week',
    ]);
  });
});

describe('the document', () => {
  it('accepts a built map and round-trips through JSON unchanged', () => {
    const doc = makeMap([person('a'), person('b')], [tie('t1', 'a', 'b', { hoursPerWeek: 3.5, strength: 'generative' })]);
    const again = CareMapSchema.parse(JSON.parse(JSON.stringify(doc)));
    expect(again).toEqual(doc);
  });
  it('requires the type tag and the current schema version', () => {
    const doc = { ...makeMap(), type: 'excalidraw', schemaVersion: 7 };
    expect(issues(CareMapSchema, doc)).toEqual(['type: Invalid input: expected "carewealth"', 'schemaVersion: Invalid input: expected 1']);
  });
  it('keeps records of unknown types verbatim', () => {
    const record = { id: 'r1', type: 'futureThing', payload: { a: [1, 2] } };
    const doc = CareMapSchema.parse({ ...makeMap(), records: [record] });
    expect(doc.records).toEqual([record]);
  });
});
