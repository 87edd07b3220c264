// A small command channel from outside the canvas (keyboard shortcuts, toolbar buttons in other
// panels) to the mounted graph view, which alone holds the cytoscape instance. The view registers
// its handlers while mounted; with no graph on screen, commands do nothing and say so.
import type { NodeKind } from '../../model';

export interface GraphCommands {
  /** Zoom and pan so every drawn node is in view. */
  fit(): void;
  /** Multiply the zoom by `factor` around the middle of the canvas. */
  zoomBy(factor: number): void;
  /** Open the add-node picker in the middle of the canvas, with `kind` chosen if given. */
  addNode(kind?: NodeKind): void;
  /** Run the layout chosen in the layout menu (one undo step). */
  runLayout(): void;
  /** Pan to a node and select it. */
  centreOn(id: string): void;
  /** Download the current view as a picture with title and legend. */
  exportPicture(format: 'png' | 'svg'): Promise<void>;
}

let current: GraphCommands | null = null;

/** Called by the graph view on mount (with its handlers) and unmount (with null). */
export function setGraphCommands(commands: GraphCommands | null): void {
  current = commands;
}

/** The mounted graph view's commands, or null when no graph is on screen. */
export function graphCommands(): GraphCommands | null {
  return current;
}
