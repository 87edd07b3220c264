// Public face of browser storage: the My maps repository (IndexedDB), autosave, one editing tab
// per map, whether the browser keeps storage, and the plain messages for storage failures.
export * from './autosave';
export * from './editLock';
export * from './errors';
export * from './mapRepository';
export * from './liveStorage';
export * from './rescue';
export * from './storageKeep';
