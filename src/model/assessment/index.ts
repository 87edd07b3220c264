// Co-Production Capacity Assessment: dimensions, readiness ladder, records and queries (domain brief §6).
export * from './dimensions';
export * from './queries';
export * from './schema';
