// Types for cytoscape-edgehandles 4.0.1, which ships none: only what the graph view uses.
declare module 'cytoscape-edgehandles' {
  import type { Ext, NodeSingular } from 'cytoscape';

  const edgehandles: Ext;
  export default edgehandles;

  export interface EdgeHandlesOptions {
    canConnect?: (source: NodeSingular, target: NodeSingular) => boolean;
    edgeParams?: (source: NodeSingular, target: NodeSingular) => object;
    hoverDelay?: number;
    snap?: boolean;
    snapThreshold?: number;
    snapFrequency?: number;
    noEdgeEventsInDraw?: boolean;
    disableBrowserGestures?: boolean;
  }

  export interface EdgeHandlesInstance {
    start(source: NodeSingular): void;
    stop(): void;
    enable(): void;
    disable(): void;
    enableDrawMode(): void;
    disableDrawMode(): void;
    destroy(): void;
  }
}
