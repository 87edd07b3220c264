// Social Climate Survey: instrument, item bank, records, scoring (domain brief §5). Reading item banks
// and responses from files lives in io/survey.
export * from './bandMeanings';
export * from './instrument';
export * from './itemBank';
export * from './rounds';
export * from './schema';
export * from './scoring';
export * from './settings';
