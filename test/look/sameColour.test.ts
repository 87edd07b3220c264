// One map drawn both ways, each through its renderer's own style evaluation: the graph's elements
// under its stylesheet in a headless cytoscape, and the map's GeoJSON under its layers in
// MapLibre's expression evaluator. The same node must come out the same colour in both, whether
// nodes are coloured by kind, by a measure or by community, and an insight's highlight must be the
// same colour. Expected colours are written out by hand (Okabe–Ito kind fills, viridis ends and
// middle stop, Okabe–Ito categories), so the test fails if both sides drifted together.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

import type { LayerSpecification } from 'maplibre-gl';

import { buildGraphStyle } from '../../src/views/graph/graphStyle';
import { toElements } from '../../src/views/graph/toElements';
import { type LookInput, lookOf } from '../../src/look';
import { MARKER_LAYER_ID, networkLayers } from '../../src/views/map/networkLayers';
import { toGeoJson } from '../../src/views/map/toGeoJson';
import { evaluateLayer, rgb } from '../helpers/maplibreStyle';
import { makeMap, node, person, tie } from '../helpers/build';

const at = (lat: number, lng: number) => ({ location: { lat, lng, privacy: 'exact' as const } });

const doc = makeMap(
  [
    person('maud', 'Maud Ellis', { roles: ['team_owner'], ...at(51.541, -0.055) }),
    person('wendy', 'Wendy Blake', { roles: ['care_worker_employed'], ...at(51.542, -0.052) }),
    node('club', 'group', 'Lunch club', at(51.543, -0.058)),
    node('surgery', 'organisation', 'Surgery', at(51.539, -0.05)),
    node('hall', 'space', 'Hall', at(51.545, -0.06)),
  ],
  [tie('t1', 'wendy', 'maud', { payment: 'paid' }), tie('t2', 'club', 'maud'), tie('t3', 'club', 'hall', { kind: 'hosted_at' })],
);
const IDS = ['maud', 'wendy', 'club', 'surgery', 'hall'];

const cssRgb = (value: string) => value.match(/\d+/g)!.slice(0, 3).map(Number);
const layer = (id: string): LayerSpecification => networkLayers().find((l) => l.id === id)!;

/** Each node's fill (and highlight, opacity) as the graph's stylesheet draws it. */
function onGraph(input: LookInput) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildGraphStyle(),
    elements: toElements(doc, lookOf(doc, { ...input, outOfFocus: 'hidden' })) as never,
  });
  return Object.fromEntries(
    IDS.map((id) => {
      const n = cy.getElementById(id);
      const halo = Number(n.style('underlay-opacity')) > 0 ? cssRgb(String(n.style('underlay-color'))) : null;
      return [id, { fill: cssRgb(String(n.style('background-color'))), halo, opacity: Number(n.style('opacity')) }];
    }),
  );
}

/** Each marker's fill (and highlight halo, opacity) as the map's layers draw it. */
function onMap(input: LookInput) {
  const { nodes } = toGeoJson(doc, lookOf(doc, { ...input, outOfFocus: 'dimmed' }));
  const halo = layer('cw-marker-halo');
  return Object.fromEntries(
    nodes.features.map((f) => {
      const props = f.properties as unknown as Record<string, unknown>;
      const haloShown = props['highlighted'] === true || props['selected'] === true || props['hovered'] === true;
      return [
        f.properties.id,
        {
          fill: evaluateLayer(layer(MARKER_LAYER_ID), 'circle-color', props),
          halo: haloShown ? evaluateLayer(halo, 'circle-color', props) : null,
          opacity: evaluateLayer(layer(MARKER_LAYER_ID), 'circle-opacity', props),
        },
      ];
    }),
  );
}

function bothWays(input: LookInput) {
  const graph = onGraph(input);
  const map = onMap(input);
  expect(Object.keys(map).sort()).toEqual([...IDS].sort());
  for (const id of IDS) expect(map[id], id).toEqual(graph[id]);
  return graph;
}

const fills = (drawn: ReturnType<typeof onGraph>) => Object.fromEntries(IDS.map((id) => [id, drawn[id]!.fill]));

describe('the same node has the same colour on the graph and on the map', () => {
  it('coloured by kind', () => {
    expect(fills(bothWays({}))).toEqual({
      maud: rgb('#0072B2'),
      wendy: rgb('#0072B2'),
      club: rgb('#009E73'),
      surgery: rgb('#D55E00'),
      hall: rgb('#E69F00'),
    });
  });

  it('coloured by a measure (viridis; no value in grey)', () => {
    const drawn = bothWays({ measure: { measure: 'degree', values: { maud: 2, wendy: 1, club: 3, hall: 1 } } });
    expect(fills(drawn)).toEqual({
      maud: rgb('#21918c'),
      wendy: rgb('#440154'),
      club: rgb('#fde725'),
      surgery: rgb('#BDBDBD'),
      hall: rgb('#440154'),
    });
  });

  it('coloured by community (Okabe–Ito categories, never a ramp)', () => {
    const drawn = bothWays({ measure: { measure: 'community', values: { maud: 0, wendy: 0, club: 1, surgery: 2, hall: 1 } } });
    expect(fills(drawn)).toEqual({
      maud: rgb('#E69F00'),
      wendy: rgb('#E69F00'),
      club: rgb('#56B4E9'),
      surgery: rgb('#009E73'),
      hall: rgb('#56B4E9'),
    });
  });

  it('an insight’s highlight: one halo colour, the rest dimmed alike', () => {
    const drawn = bothWays({ highlight: { nodeIds: ['maud', 'wendy'], tieIds: ['t1'] } });
    expect(drawn['maud']).toEqual({ fill: rgb('#0072B2'), halo: rgb('#D55E00'), opacity: 1 });
    expect(drawn['club']).toEqual({ fill: rgb('#009E73'), halo: null, opacity: 0.3 });
  });
});
