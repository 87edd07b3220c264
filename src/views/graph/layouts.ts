// The layouts live in the analysis layer (src/analysis/layouts.ts) so that the command line's
// reports lay maps out the same way; the graph view imports them from here.
export * from '../../analysis/layouts';
