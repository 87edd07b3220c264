// Guided mapping ("map while you talk", domain §8.2, §8.7): prompts as data, the steps they give,
// quick add by name, what each answer does to the map, and the walk-through's state machine.
export * from './answers';
export * from './checks';
export * from './defaults';
export * from './machine';
export * from './names';
export * from './prompts';
export * from './schema';
export * from './steps';
