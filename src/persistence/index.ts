// Public face of browser storage: the My maps repository (IndexedDB), autosave, and the plain
// messages for storage failures.
export * from './autosave';
export * from './errors';
export * from './mapRepository';
export * from './liveStorage';
