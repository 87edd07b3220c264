// The committed sample maps: each loads cleanly, and each holds the facts the app's demos and the
// analysis rely on (domain.md §10), counted here from the files themselves. The generator script
// must reproduce the committed files byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { diffMaps } from '../../src/analysis';
import { type CareMap, type CareNode, getRecords, loadCareMap, PAID_ROLES, scoreRoundsOf, type Snapshot, snapshotState, type Tie } from '../../src/model';
import { buildSampleMaps, SAMPLE_DIR, sampleProblems, serialise } from '../../scripts/make-sample-maps';

const FILES = ['larkspur-green.carewealth.json', 'mrs-a-support-network.carewealth.json', 'larkspur-green-over-time.carewealth.json'] as const;

function read(file: string): string {
  return readFileSync(join(SAMPLE_DIR, file), 'utf8');
}

function load(file: string): CareMap {
  const result = loadCareMap(JSON.parse(read(file)));
  if (!result.ok) throw new Error(`${file}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return result.value;
}

/**
 * Which side of the formal/informal divide a node is on (domain §3.5.2): its own `formality`
 * when set; otherwise a person with a paid role is formal, other people informal; a collective
 * actor in a statutory, health or regulated-care category is formal, any other informal.
 */
function side(n: CareNode): 'formal' | 'informal' | 'mixed' {
  if (n.formality !== undefined) return n.formality;
  if (n.kind === 'person') return n.roles.some((r) => PAID_ROLES.includes(r)) ? 'formal' : 'informal';
  return n.category === 'statutory' || n.category === 'health' || n.category === 'regulated_care' ? 'formal' : 'informal';
}

/** Ties with a formal node at exactly one end. */
function formalInformal(doc: { nodes: readonly CareNode[]; ties: readonly Tie[] }, kinds?: readonly string[]): string[] {
  const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));
  return doc.ties
    .filter((t) => kinds === undefined || kinds.includes(t.kind))
    .filter((t) => (side(byId.get(t.source) as CareNode) === 'formal') !== (side(byId.get(t.target) as CareNode) === 'formal'))
    .map((t) => t.id as string)
    .sort();
}

function careShare(ties: readonly Tie[], strength: string): number {
  const care = ties.filter((t) => t.kind === 'care');
  return care.filter((t) => t.strength === strength).length / care.length;
}

function tiesOf(doc: CareMap, id: string): Tie[] {
  return doc.ties.filter((t) => t.source === id || t.target === id);
}

function inBounds(doc: CareMap, lng: number, lat: number, margin = 0): boolean {
  const [[w, s], [e, n]] = doc.meta.area?.bounds ?? [
    [-180, -90],
    [180, 90],
  ];
  return lng >= w - margin && lng <= e + margin && lat >= s - margin && lat <= n + margin;
}

describe('every sample', () => {
  it.each(FILES)('%s loads with no problems and no warnings', (file) => {
    const result = loadCareMap(JSON.parse(read(file)));
    expect(result.ok ? result.warnings : result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is exactly what the generator script writes, and the script is deterministic', () => {
    const first = buildSampleMaps();
    const second = buildSampleMaps();
    expect(first.map((s) => s.file)).toEqual([...FILES]);
    first.forEach(({ file, doc }, i) => {
      expect(serialise(doc)).toBe(serialise((second[i] as { doc: CareMap }).doc));
      expect(serialise(doc) === read(file), `${file} is stale: run npx tsx scripts/make-sample-maps.ts`).toBe(true);
      expect(sampleProblems(file, doc)).toEqual([]);
    });
  });

  it.each(FILES)('%s names care workers by initials only', (file) => {
    const workers = load(file).nodes.filter((n) => n.roles.some((r) => r === 'care_worker_employed' || r === 'care_worker_independent'));
    expect(workers.length).toBeGreaterThan(0);
    for (const w of workers) expect(w.label).toMatch(/^[A-Z]\.$/);
  });
});

describe('larkspur-green (the neighbourhood)', () => {
  const doc = load('larkspur-green.carewealth.json');
  const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));
  const people = doc.nodes.filter((n) => n.kind === 'person');

  it('is a community map of 150-250 nodes, with no governance records yet', () => {
    expect(doc.meta.scope).toBe('community');
    expect(doc.nodes.length).toBeGreaterThanOrEqual(150);
    expect(doc.nodes.length).toBeLessThanOrEqual(250);
    expect(doc.records).toEqual([]);
    expect(doc.meta.area?.centre).toEqual({ lat: 51.47, lng: -0.08 });
  });

  it('places most nodes, with privacy by kind, inside the area', () => {
    const drawn = doc.nodes.filter((n) => n.location !== undefined && n.location.privacy !== 'hidden');
    expect(drawn.length / doc.nodes.length).toBeGreaterThan(0.85);
    expect(people.filter((n) => n.location?.privacy === 'exact')).toEqual([]);
    const hidden = doc.nodes.filter((n) => n.location?.privacy === 'hidden').length;
    expect(hidden).toBeGreaterThanOrEqual(3);
    expect(hidden).toBeLessThanOrEqual(10);
    for (const n of doc.nodes.filter((x) => x.kind === 'organisation' || x.kind === 'space' || x.kind === 'group')) {
      if (n.location !== undefined) expect(n.location.privacy, n.label).toBe('exact');
    }
    for (const n of drawn) expect(inBounds(doc, n.location!.lng, n.location!.lat), n.label).toBe(true);
  });

  it('has the circle and five teams, each with one Team Owner who needs care', () => {
    expect(doc.nodes.filter((n) => n.kind === 'circle').map((n) => n.label)).toEqual(['Larkspur Green Care Circle']);
    const teams = doc.nodes.filter((n) => n.kind === 'team');
    expect(teams.map((n) => n.label).sort()).toEqual(['Team Ash', 'Team Birch', 'Team Cedar', 'Team Damson', 'Team Elm']);
    for (const team of teams) {
      const owners = doc.ties
        .filter((t) => t.kind === 'membership' && t.target === team.id)
        .map((t) => byId.get(t.source) as CareNode)
        .filter((n) => n.roles.includes('team_owner'));
      expect(owners, team.label).toHaveLength(1);
      expect((owners[0] as CareNode).careNeeded.length).toBeGreaterThan(0);
    }
  });

  it('partners the circle with its three anchor organisations', () => {
    const anchors = doc.nodes.filter((n) => n.isAnchor === true).map((n) => n.label).sort();
    expect(anchors).toEqual(['Green Lane Commons', 'Larkspur Neighbours Together', "St Bride's Hall"]);
    for (const a of doc.nodes.filter((n) => n.isAnchor === true)) {
      const partnership = doc.ties.find((t) => t.kind === 'partnership' && t.source === 'n-circle' && t.target === a.id);
      expect(partnership?.partnershipStatus, a.label).toBe('active');
    }
  });

  it('uses every kind of tie', () => {
    const kinds = new Set(doc.ties.map((t) => t.kind));
    expect([...kinds].sort()).toEqual(['care', 'commons_membership', 'double_link', 'hosted_at', 'membership', 'partnership', 'referral']);
  });

  it('has exactly two formal-informal bridges, both care ties, as designed', () => {
    const bridges = ['t-care-district-nurses-team-cedar', 't-care-social-prescriber-carers-cafe'];
    expect(formalInformal(doc, ['care'])).toEqual(bridges);
    // No other tie of any kind crosses the divide either.
    expect(formalInformal(doc)).toEqual(bridges);
  });

  it('shows the Clapton-like strength mix over care ties', () => {
    expect(careShare(doc.ties, 'generative')).toBeCloseTo(0.25, 1);
    expect(careShare(doc.ties, 'engaged')).toBeCloseTo(0.25, 1);
    expect(careShare(doc.ties, 'inactive')).toBeCloseTo(0.35, 1);
    expect(careShare(doc.ties, 'unclassified')).toBeCloseTo(0.15, 1);
    const care = doc.ties.filter((t) => t.kind === 'care');
    expect(care.every((t) => t.careTypes.length > 0 && t.formality !== undefined && t.payment !== undefined)).toBe(true);
    expect(care.filter((t) => t.hoursPerWeek !== undefined).length / care.length).toBeGreaterThan(0.7);
  });

  it('has overstretched partners: Maud and Larkspur Neighbours Together', () => {
    const hoursOut = (id: string) => doc.ties.filter((t) => t.kind === 'care' && t.source === id).reduce((s, t) => s + (t.hoursPerWeek ?? 0), 0);
    const maud = byId.get('n-maud') as CareNode;
    // 7 (Mrs A.) + 5 (Mrs K.) + 4 (Mr O.) + 4 (Mrs F.) + 2 (food share), against 10.
    expect(hoursOut('n-maud')).toBe(22);
    expect(maud.capacity?.hoursPerWeek).toBe(10);
    expect(doc.ties.filter((t) => t.kind === 'care' && t.source === 'n-maud' && t.frequency === 'daily')).toHaveLength(3);
    const lnt = byId.get('n-neighbours-together') as CareNode;
    const receivers = new Set(doc.ties.filter((t) => t.kind === 'care' && t.source === lnt.id).map((t) => t.target));
    expect(receivers.size).toBe(15); // 14 residents and Team Ash
    expect(lnt.capacity).toMatchObject({ hoursPerWeek: 20, maxReceivers: 8 });
    expect(hoursOut(lnt.id)).toBe(30);
  });

  it('has single points of failure: Mrs K. and three residents hang on one tie each', () => {
    expect(tiesOf(doc, 'n-mrs-k').map((t) => t.source)).toEqual(['n-maud']);
    for (const id of ['n-res-24', 'n-res-25', 'n-res-26']) expect(tiesOf(doc, id), id).toHaveLength(1);
  });

  it('has the designed gaps', () => {
    // Team Birch: only its owner, a paid worker, a son, and the structural link to the circle.
    const birch = new Set([...tiesOf(doc, 'n-team-birch'), ...tiesOf(doc, 'n-birch-owner')].flatMap((t) => [t.source, t.target]));
    expect([...birch].sort()).toEqual(['n-birch-owner', 'n-circle', 'n-dev', 'n-team-birch', 'n-worker-p']);
    expect(tiesOf(doc, 'n-team-birch').find((t) => t.source === 'n-circle' || t.target === 'n-circle')?.kind).toBe('double_link');
    // Mr H. needs meals and nobody gives him any.
    expect(byId.get('n-mr-h')?.careNeeded).toContain('meals');
    const toMrH = doc.ties.filter((t) => t.kind === 'care' && t.target === 'n-mr-h');
    expect(toMrH.length).toBeGreaterThan(0);
    expect(toMrH.flatMap((t) => t.careTypes)).not.toContain('meals');
    // A space nobody uses.
    expect(tiesOf(doc, 'n-marlowe-common-room')).toEqual([]);
    // A group with no tie into any team or any team member.
    const inTeams = new Set(doc.ties.filter((t) => t.kind === 'membership' && byId.get(t.target)?.kind === 'team').flatMap((t) => [t.source, t.target]));
    const parents = tiesOf(doc, 'n-parents-circle').flatMap((t) => [t.source, t.target]).filter((id) => id !== 'n-parents-circle');
    expect(parents.length).toBeGreaterThan(5);
    expect(parents.filter((id) => inTeams.has(id))).toEqual([]);
  });

  it('has a dormant team-to-team tie from Team Damson to Team Elm', () => {
    const t = doc.ties.filter((x) => x.source === 'n-team-damson' && x.target === 'n-team-elm');
    expect(t.map((x) => [x.kind, x.strength])).toEqual([['care', 'inactive']]);
  });

  it('records consent for people, mostly given and dated', () => {
    const given = people.filter((n) => n.consent?.status === 'given' && n.consent.at !== undefined);
    expect(given.length / people.length).toBeGreaterThan(0.9);
    expect(people.filter((n) => n.consent === undefined)).toEqual([]);
  });

  it('draws the neighbourhood in overlays: ward, streets, parks and landmarks', () => {
    const layer = (kind: string) => doc.overlays.find((o) => o.kind === kind);
    const streets = (layer('street')?.features ?? []).filter((f) => f.properties?.kind === 'street');
    expect(streets.length).toBeGreaterThanOrEqual(15);
    expect(streets.length).toBeLessThanOrEqual(25);
    expect(streets.every((f) => f.geometry.type === 'LineString')).toBe(true);
    const streetNames = streets.map((f) => f.properties?.name);
    for (const name of ['Green Lane', 'Larkspur Road', 'Bride Street']) expect(streetNames).toContain(name);
    expect(new Set(streetNames).size).toBe(streetNames.length);
    const parks = layer('park')?.features ?? [];
    expect(parks.every((f) => f.geometry.type === 'Polygon')).toBe(true);
    expect(parks.map((f) => f.properties?.name)).toEqual(expect.arrayContaining(['Larkspur Green', 'Allotments']));
    expect(layer('boundary')?.features.map((f) => f.geometry.type)).toEqual(['Polygon']);
    const landmarks = layer('landmark')?.features ?? [];
    expect(landmarks.every((f) => f.geometry.type === 'Point')).toBe(true);
    expect(landmarks.map((f) => f.properties?.name)).toEqual(expect.arrayContaining(['Larkspur Green station', 'Bride Street Market']));
    // Every drawn position lies within the area (to about 1 m).
    const positions = doc.overlays.flatMap((o) => o.features).flatMap((f) => JSON.stringify(f.geometry.coordinates).match(/-?\d+\.\d+,-?\d+\.\d+/g) ?? []);
    expect(positions.length).toBeGreaterThan(100);
    for (const p of positions) {
      const [lng, lat] = p.split(',').map(Number) as [number, number];
      expect(inBounds(doc, lng, lat, 1e-5), p).toBe(true);
    }
  });
});

describe('mrs-a-support-network (a personal care map)', () => {
  const doc = load('mrs-a-support-network.carewealth.json');
  const neighbourhood = load('larkspur-green.carewealth.json');

  it('is a personal map of 20-35 nodes centred on Mrs A., Team Ash’s owner', () => {
    expect(doc.meta.scope).toBe('personal');
    expect(doc.nodes.length).toBeGreaterThanOrEqual(20);
    expect(doc.nodes.length).toBeLessThanOrEqual(35);
    const centre = doc.nodes.find((n) => n.id === doc.meta.centreNodeId);
    expect(centre?.label).toBe('Mrs A.');
    expect(centre?.roles).toContain('team_owner');
    expect(doc.ties.some((t) => t.kind === 'membership' && t.source === centre?.id && t.target === 'n-team-ash')).toBe(true);
  });

  it('draws closeness rings, frequency and hours around her', () => {
    const toHer = doc.ties.filter((t) => t.kind === 'care' && t.target === 'n-ash-owner');
    expect(new Set(toHer.map((t) => t.closeness))).toEqual(new Set(['inner', 'middle', 'outer']));
    expect(toHer.every((t) => t.frequency !== undefined)).toBe(true);
    const get = (giver: string) => toHer.find((t) => t.source === giver);
    expect([get('n-maud')?.closeness, get('n-maud')?.frequency, get('n-maud')?.careTypes]).toEqual(['inner', 'daily', ['meals', 'companionship', 'practical']]);
    expect([get('n-lucy')?.closeness, get('n-lucy')?.frequency]).toEqual(['outer', 'weekly']);
    expect(get('n-library')?.strength).toBe('inactive');
    // She gives as well as receives.
    expect(doc.ties.filter((t) => t.kind === 'care' && t.source === 'n-ash-owner').length).toBeGreaterThanOrEqual(2);
    // A few places.
    expect(doc.nodes.filter((n) => n.kind === 'space').length).toBeGreaterThanOrEqual(3);
  });

  it('shares ids and labels with the neighbourhood map', () => {
    const there = new Map(neighbourhood.nodes.map((n) => [n.id as string, n.label]));
    const shared = doc.nodes.filter((n) => there.has(n.id));
    expect(shared.length).toBeGreaterThanOrEqual(15);
    for (const n of shared) expect(n.label).toBe(there.get(n.id));
  });
});

describe('larkspur-green-over-time (eighteen months)', () => {
  const doc = load('larkspur-green-over-time.carewealth.json');
  const [launch, six, later] = doc.snapshots;
  const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));

  it('holds three snapshots: the launch workshop, the six-month and the eighteen-month review', () => {
    expect(doc.snapshots.map((s) => [s.id, s.label, s.takenAt, s.event])).toEqual([
      ['snap-launch-workshop', 'Launch workshop', '2025-03-15', 'workshop'],
      ['snap-six-month-review', 'Six-month review', '2025-09-27', 'review'],
      ['snap-eighteen-month-review', 'Eighteen-month review', '2026-09-19', 'review'],
    ]);
    const months = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
    expect([months(launch!.takenAt, six!.takenAt), months(launch!.takenAt, later!.takenAt)]).toEqual([6, 18]);
    expect(doc.meta.updatedAt.slice(0, 10)).toBe(later!.takenAt);
    for (const s of doc.snapshots) expect(s.careTypes).toEqual(doc.careTypes);
  });

  it('keeps node and tie ids stable, and the eighteen-month review is the map as it is now', () => {
    expect(later!.nodes).toEqual(doc.nodes);
    expect(later!.ties).toEqual(doc.ties);
    expect(launch!.nodes.length).toBeGreaterThanOrEqual(150);
    expect(launch!.nodes.length).toBeLessThan(six!.nodes.length);
    // Every node ever on the map is still there, with the same label, except the group that closed.
    for (const s of [launch!, six!]) {
      for (const n of s.nodes) if (n.id !== 'n-tenants-mutual-aid') expect(byId.get(n.id)?.label, n.id).toBe(n.label);
    }
    expect(six!.nodes.some((n) => n.id === 'n-tenants-mutual-aid')).toBe(true);
    expect(byId.has('n-tenants-mutual-aid')).toBe(false);
  });

  it('deepens ties over time: generative about 25% of care ties at the launch, 38% now, fewer dormant', () => {
    expect(careShare(launch!.ties, 'generative')).toBeGreaterThan(0.22);
    expect(careShare(launch!.ties, 'generative')).toBeLessThan(0.28);
    expect(careShare(doc.ties, 'generative')).toBeGreaterThan(0.35);
    expect(careShare(doc.ties, 'generative')).toBeLessThan(0.41);
    expect(careShare(launch!.ties, 'inactive')).toBeGreaterThan(careShare(doc.ties, 'inactive'));
  });

  it('links Team Birch into the community only at the later date', () => {
    const community = (nodes: readonly CareNode[], ties: readonly Tie[]) => {
      const kinds = new Map(nodes.map((n) => [n.id as string, n]));
      return ties
        .filter((t) => t.kind === 'care' && (t.target === 'n-team-birch' || t.target === 'n-birch-owner'))
        .map((t) => kinds.get(t.source) as CareNode)
        .filter((n) => n.kind === 'group' || n.kind === 'organisation' || n.kind === 'space')
        .map((n) => n.label)
        .sort();
    };
    expect(community(six!.nodes, six!.ties)).toEqual([]);
    expect(community(doc.nodes, doc.ties)).toEqual(['Larkspur Men’s Shed', 'Silver Voices Advocacy']);
  });

  it('gains its one new statutory tie in the first six months', () => {
    expect(formalInformal(launch!)).toEqual(['t-care-district-nurses-team-cedar']);
    expect(formalInformal(six!)).toEqual(['t-care-district-nurses-team-cedar', 't-care-social-prescriber-carers-cafe']);
  });

  it('tells its story when the snapshots are compared', () => {
    const state = (s: Snapshot) => ({ doc: snapshotState(doc, s), label: s.label, date: s.takenAt });
    const first = diffMaps(state(launch!), state(six!)).findings.map((f) => f.sentence);
    expect(first).toContain(
      'Larkspur Neighbours Together now gives 30 hours a week, up from 16, over its capacity of 20, and supports 15 receivers, up from 8, over its limit of 8. Now overstretched.',
    );
    expect(first).toContain('8 ties grew stronger (5 dormant ties woke up and 3 became generative) and 0 grew weaker.');
    const second = diffMaps(state(six!), state(later!));
    const sentences = second.findings.map((f) => f.sentence);
    expect(sentences[0]).toMatch(/^Tenants' WhatsApp Mutual Aid has gone: \d+ receivers lost their only informal tie \(/);
    expect(sentences).toContain('Team Fir has formed around Mrs G., with 4 members.');
    expect(sentences).toContain('Marlowe Court Coffee Morning is new on the map, giving care to 6 receivers.');
    expect(sentences).toContain(
      'Larkspur Neighbours Together now gives 22 hours a week, down from 30, within its capacity of 30 (raised from 20), and supports 11 receivers, down from 15, within its limit of 12 (raised from 8). No longer overstretched.',
    );
    expect(sentences).toContain('Team Birch is no longer isolated: Larkspur Men’s Shed and Silver Voices Advocacy now have active ties to it.');
    expect(sentences).toContain('Tunde is now also Recruiter.');
    expect(sentences.some((s) => /^9 people joined the map \(4 volunteers, /.test(s))).toBe(true);
    expect(second.changes.nodes.removed).toEqual(['n-tenants-mutual-aid']);
  });

  it('has two scored survey rounds for every team and the circle; Team Ash and the circle move as in domain §10.4', () => {
    const scopes = ['n-circle', 'n-team-ash', 'n-team-birch', 'n-team-cedar', 'n-team-damson', 'n-team-elm', 'n-team-fir'];
    expect(doc.nodes.filter((n) => n.kind === 'team' || n.kind === 'circle').map((n) => n.id).sort()).toEqual([...scopes].sort());
    const bands = (scope: string) =>
      scoreRoundsOf(doc, scope).map((r) => {
        if (r.overall.kind !== 'scored') throw new Error(`${r.round.id} not scored`);
        return r.overall.domains.map((d) => (d.score.kind === 'score' ? d.score.band : d.score.kind));
      });
    for (const scope of scopes) {
      const rounds = scoreRoundsOf(doc, scope);
      expect(rounds, scope).toHaveLength(2);
      for (const r of rounds) expect(r.overall.kind === 'scored' && r.overall.domains.every((d) => d.score.kind === 'score'), r.round.id).toBe(true);
    }
    // [growth, wrb, smc]: Growth medium → high, WRB stays medium, SMC low → medium.
    for (const scope of ['n-team-ash', 'n-circle']) {
      expect(bands(scope), scope).toEqual([
        ['medium', 'medium', 'low'],
        ['high', 'medium', 'medium'],
      ]);
      // Four stakeholder groups, each large enough to be scored on its own.
      const groups = scoreRoundsOf(doc, scope)[0]!.byStakeholder.filter((g) => g.scores.kind === 'scored').map((g) => g.key);
      expect(groups.sort(), scope).toEqual(['care_worker', 'family', 'member', 'volunteer']);
    }
    expect(bands('n-team-birch').map((b) => b[1])).toEqual(['low', 'medium']);
  });

  it('assesses Neighbours Together three times (Stress & Wellbeing 2, 1, 3) and two more partners twice', () => {
    const assessments = getRecords(doc, 'capacityAssessment');
    const of = (partner: string) => assessments.filter((a) => a.partner === partner).map((a) => [a.date, a.ratings.stress_wellbeing?.level]);
    expect(of('n-neighbours-together')).toEqual([
      ['2025-03-20', 2],
      ['2025-09-24', 1],
      ['2026-09-09', 3],
    ]);
    expect(of('n-mind-the-gap')).toHaveLength(2);
    expect(of('n-kettle-cafe')).toHaveLength(2);
  });
});
