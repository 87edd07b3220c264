// Reading a model Result in tests: its value (failing the test with the problems if there is
// none), or the messages of its problems.
import type { Result } from '../../src/model';

export function valueOf<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('; '));
  return r.value;
}

export function problemsOf<T>(r: Result<T>): string[] {
  return r.ok ? [] : r.problems.map((p) => p.message);
}
