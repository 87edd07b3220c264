// One person's support network: rings, sectors, who is in it, where they are drawn, and the
// record that remembers team candidates and places (domain §1.3, §8).
export * from './checks';
export * from './network';
export * from './operations';
export * from './placement';
export * from './schema';
export * from './sectors';
