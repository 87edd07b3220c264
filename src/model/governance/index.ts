// Governance: hats, hat assignments and proposals (domain brief §4).
export * from './hatCatalogue';
export * from './findings';
export * from './hats';
export * from './proposals';
export * from './review';
export * from './schema';
