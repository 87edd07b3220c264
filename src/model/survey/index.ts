// Social Climate Survey: instrument, item bank and import, records, scoring (domain brief §5).
export * from './bandMeanings';
export * from './csv';
export * from './importItems';
export * from './importResponses';
export * from './instrument';
export * from './itemBank';
export * from './rounds';
export * from './schema';
export * from './scoring';
export * from './settings';
