// Structural equality for plain JSON-like values (documents, nodes, ties, patches): the store
// refuses no-op edits with it, a re-import tells updated records from unchanged ones, and a
// comparison over time tells changed fields from unchanged ones.

/** True when `a` and `b` hold the same JSON-like data (key order ignored, `undefined` keys ignored). */
export function isDeepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((item, i) => isDeepEqual(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keysA = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const keysB = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && isDeepEqual(ra[k], rb[k]));
}
