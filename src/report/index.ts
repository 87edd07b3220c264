// Reports as PDF: the reusable parts (paper sizes, embedded fonts, wrapping, drawing a positioned
// network and a legend from the look) and the reports built from them.
export * from './fonts';
export * from './legend';
export * from './network';
export * from './paper';
export * from './sheet';
export * from './wrap';
