// Public face of the look: how every node and tie is drawn, and the legend, for any renderer.
export * from './cells';
export * from './colour';
export * from './legend';
export * from './look';
export * from './marks';
export * from './measureScale';
export * from './palette';
export * from './shapes';
export * from './support';
export * from './visibility';
export * from './share';
