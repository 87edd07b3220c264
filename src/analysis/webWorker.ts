// Starting a module Web Worker where the platform has them. The caller writes the
// `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })` itself, inside
// `start`: Vite finds and bundles a worker only from that expression as written.

/** The worker `start` makes, or null where Web Workers are missing or it cannot be started. */
export function startModuleWorker<T>(start: () => Worker): T | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return start() as unknown as T;
  } catch {
    return null;
  }
}
