// One assertion for a list of expectations of the same kind: a written file holds each of these
// pieces, a list of sentences holds each of these sentences. A failure names the missing piece.
import { expect } from 'vitest';

export function expectContainsAll(whole: string | readonly string[], parts: readonly string[]): void {
  for (const part of parts) expect(whole).toContain(part);
}
