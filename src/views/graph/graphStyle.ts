// The cytoscape stylesheet of the graph view: node colour by kind, labels below nodes, care ties
// as arrows from giver to receiver (both ends when mutual), and a visible ring on the selection.
import type { StylesheetJson } from 'cytoscape';

export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      color: '#1b1b1b',
      'font-size': 13,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '2px',
      width: 26,
      height: 26,
    },
  },
  { selector: 'node[kind = "space"]', style: { shape: 'round-rectangle' } },
  { selector: 'node[kind = "organisation"]', style: { shape: 'hexagon', width: 32, height: 32 } },
  { selector: 'node[kind = "group"]', style: { shape: 'round-triangle', width: 30, height: 30 } },
  {
    selector: 'node[kind = "team"], node[kind = "circle"]',
    style: { shape: 'ellipse', 'border-width': 3, 'border-color': '#ffffff', width: 34, height: 34 },
  },
  { selector: 'node[anchor = 1]', style: { 'border-width': 4, 'border-color': '#f2b705' } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#8a8f98',
      'target-arrow-color': '#8a8f98',
      'source-arrow-color': '#8a8f98',
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
    },
  },
  { selector: 'edge[mutual = 1]', style: { 'source-arrow-shape': 'triangle' } },
  { selector: 'edge[kind != "care"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  {
    selector: 'edge[strength = "generative"]',
    style: {
      width: 4,
      'line-color': '#2e7d32',
      'target-arrow-color': '#2e7d32',
      'source-arrow-color': '#2e7d32',
    },
  },
  { selector: 'edge[strength = "inactive"]', style: { 'line-style': 'dotted', opacity: 0.7 } },
  {
    selector: '.chosen',
    style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 6 },
  },
];
