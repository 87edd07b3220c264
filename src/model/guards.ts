// Type guards for untrusted values (parsed JSON, XML, stored records) that every layer reading
// such input needs. Only shape checks live here; what the fields mean is each reader's business.

/** True for a plain object (not null, not an array): something whose keys can be read. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
