// Writes the committed sample maps in sample-maps/ (run `npx tsx scripts/make-sample-maps.ts`).
// Everything is built from fixed ids, fixed timestamps and seeded random numbers, so running it
// again produces byte-identical files; test/model/samples.test.ts checks exactly that. Every map
// is run through loadCareMap before anything is written, and the script fails loudly (exit 1,
// nothing written) if any map has a problem or would not come back from loading unchanged.
//   1. larkspur-green.carewealth.json          the neighbourhood (scripts/sample/larkspur.ts)
//   2. mrs-a-support-network.carewealth.json   one Team Owner's care map (scripts/sample/personal.ts)
//   3. larkspur-green-over-time.carewealth.json the neighbourhood over eighteen months: three
//                                               snapshots, survey rounds and capacity assessments
//                                               (scripts/sample/overTime.ts, scripts/sample/evaluation.ts)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import { type CareMap, DEFAULT_CARE_TYPES, DOCUMENT_TYPE, formatProblem, loadCareMap, type MapId, type NodeId, SCHEMA_VERSION, type Snapshot, type SnapshotEvent } from '../src/model';
import { seededRandom } from './sample/builder';
import { larkspurArea, larkspurOverlays } from './sample/geo';
import { buildNeighbourhood, LAUNCH } from './sample/larkspur';
import { assessmentRecords, surveyRecords } from './sample/evaluation';
import { deriveLaunch, growToLater, LATER, prepareSixMonths, SIX_MONTHS } from './sample/overTime';
import { buildMrsA, mrsARecords } from './sample/personal';

/** Seed of every random choice in the samples. Change it and every file changes. */
export const SAMPLE_SEED = 2025;

export const SAMPLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'sample-maps');

function careTypes() {
  return DEFAULT_CARE_TYPES.map((c) => ({ ...c }));
}

/** The neighbourhood as mapped in September 2025. */
export function larkspurGreen(): CareMap {
  const b = buildNeighbourhood(SAMPLE_SEED);
  return {
    type: DOCUMENT_TYPE,
    schemaVersion: SCHEMA_VERSION,
    id: 'map-larkspur-green' as MapId,
    meta: {
      title: 'Larkspur Green care commons',
      description:
        'A fictional neighbourhood care commons in inner south London, as its Local Circle mapped it six months after the launch workshop: ' +
        'five self-managing care teams (Ash, Birch, Cedar, Damson, Elm), three anchor partners, grassroots groups, charities, faith groups, ' +
        'spaces and, weakly linked, the statutory services. All names are invented; care workers appear by initial only.',
      scope: 'community',
      area: larkspurArea(),
      createdAt: `${LAUNCH}T10:00:00.000Z`,
      updatedAt: '2025-09-30T17:00:00.000Z',
    },
    careTypes: careTypes(),
    nodes: b.nodes,
    ties: b.ties,
    overlays: larkspurOverlays(),
    records: [],
    snapshots: [],
  };
}

/** Mrs A.'s support network, centred on her. */
export function mrsASupportNetwork(): CareMap {
  const b = buildMrsA(buildNeighbourhood(SAMPLE_SEED).nodes);
  const centre = b.get('n-ash-owner').location;
  return {
    type: DOCUMENT_TYPE,
    schemaVersion: SCHEMA_VERSION,
    id: 'map-mrs-a-support-network' as MapId,
    meta: {
      title: "Mrs A.'s support network",
      description:
        'Personal care map of Mrs A. (84), Team Owner of Team Ash, drawn with her by the Team Starter and redrawn a year on: who supports her, ' +
        'whom she supports, how close, how often. Fictional.',
      scope: 'personal',
      area: { name: 'Bride Street, Larkspur Green', ...(centre !== undefined ? { centre: { lat: centre.lat, lng: centre.lng } } : {}) },
      centreNodeId: 'n-ash-owner' as NodeId,
      createdAt: '2024-06-03T14:00:00.000Z',
      updatedAt: '2025-09-12T11:30:00.000Z',
    },
    careTypes: careTypes(),
    nodes: b.nodes,
    ties: b.ties,
    overlays: [],
    records: mrsARecords(),
    snapshots: [],
  };
}

/**
 * The neighbourhood over eighteen months: the map as it is at the eighteen-month review (September
 * 2026), holding three snapshots (launch workshop, six-month review, eighteen-month review), two
 * survey rounds per team and for the circle, and capacity assessments of three partners.
 */
export function larkspurGreenOverTime(): CareMap {
  const rng = seededRandom(SAMPLE_SEED + 1);
  const b = buildNeighbourhood(SAMPLE_SEED);
  const firstSix = prepareSixMonths(b, rng);
  const six = { nodes: structuredClone(b.nodes), ties: structuredClone(b.ties) };
  const launch = deriveLaunch(six.nodes, six.ties, firstSix);
  growToLater(b, rng);
  const later = { nodes: structuredClone(b.nodes), ties: structuredClone(b.ties) };
  const snapshot = (id: string, label: string, takenAt: string, event: SnapshotEvent, note: string, state: Pick<CareMap, 'nodes' | 'ties'>): Snapshot => ({
    id,
    label,
    takenAt,
    event,
    note,
    author: 'Efe (Care Commons Organiser)',
    careTypes: careTypes(),
    nodes: state.nodes,
    ties: state.ties,
  });
  return {
    type: DOCUMENT_TYPE,
    schemaVersion: SCHEMA_VERSION,
    id: 'map-larkspur-green-over-time' as MapId,
    meta: {
      title: 'Larkspur Green care commons, March 2025 to September 2026',
      description:
        'The Larkspur Green map over eighteen months, with the launch workshop, the six-month review and the eighteen-month review kept as snapshots. ' +
        "Since the launch: Neighbours Together took on the surgery's waiting list and became overstretched, then was relieved by a second coordinator and a handover to Open Arms; " +
        "the social prescriber's tie to the Carers' Café; new volunteers; the Marlowe Court Coffee Morning; Team Fir formed around Mrs G.; Team Birch linked into the community; " +
        "Tenants' WhatsApp Mutual Aid closed; many ties deepened. Two survey rounds per team and capacity assessments of three partners. Fictional.",
      scope: 'community',
      area: larkspurArea(),
      createdAt: `${LAUNCH}T10:00:00.000Z`,
      updatedAt: `${LATER}T16:00:00.000Z`,
    },
    careTypes: careTypes(),
    nodes: b.nodes,
    ties: b.ties,
    overlays: larkspurOverlays(),
    records: [...surveyRecords(seededRandom(SAMPLE_SEED + 2)), ...assessmentRecords()] as CareMap['records'],
    snapshots: [
      snapshot('snap-launch-workshop', 'Launch workshop', LAUNCH, 'workshop', 'Drawn by 23 people at Green Lane Community Centre on the day the Larkspur Green Care Circle launched.', launch),
      snapshot('snap-six-month-review', 'Six-month review', SIX_MONTHS, 'review', 'Redrawn at the circle meeting in St Bride’s Hall; Neighbours Together flagged as overstretched.', six),
      snapshot('snap-eighteen-month-review', 'Eighteen-month review', LATER, 'review', 'Redrawn at the Kettle Café for the funder’s evaluation.', later),
    ],
  };
}

/** Every sample file name with its document. */
export function buildSampleMaps(): { file: string; doc: CareMap }[] {
  return [
    { file: 'larkspur-green.carewealth.json', doc: larkspurGreen() },
    { file: 'mrs-a-support-network.carewealth.json', doc: mrsASupportNetwork() },
    { file: 'larkspur-green-over-time.carewealth.json', doc: larkspurGreenOverTime() },
  ];
}

/** The exact text written for a document: 2-space JSON and a final newline. */
export function serialise(doc: CareMap): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Problems that would stop a sample from being written: anything loadCareMap reports (errors
 * or warnings), or a difference between the document and what loading gives back (which would
 * mean the file is not in its normal form, e.g. a default the schema fills in is missing).
 */
export function sampleProblems(file: string, doc: CareMap): string[] {
  const text = serialise(doc);
  const result = loadCareMap(JSON.parse(text));
  if (!result.ok) return result.problems.map((p) => `${file}: ${formatProblem(p)}`);
  const out = result.warnings.map((p) => `${file}: warning: ${formatProblem(p)}`);
  if (!isDeepStrictEqual(JSON.parse(serialise(result.value)), JSON.parse(text))) out.push(`${file}: loading changes the document`);
  return out;
}

function main(): void {
  const samples = buildSampleMaps();
  const problems = samples.flatMap(({ file, doc }) => sampleProblems(file, doc));
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    console.error(`make-sample-maps: ${problems.length} problem(s); nothing written.`);
    process.exit(1);
  }
  mkdirSync(SAMPLE_DIR, { recursive: true });
  for (const { file, doc } of samples) {
    writeFileSync(join(SAMPLE_DIR, file), serialise(doc));
    const care = doc.ties.filter((t) => t.kind === 'care').length;
    console.log(`wrote sample-maps/${file}: ${doc.nodes.length} nodes, ${doc.ties.length} ties (${care} care), ${doc.snapshots.length} snapshot(s)`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
