// Questions about proposals and consent rounds (§4.4–4.5): can this proposal be recorded as
// consented, what is still open, and a case-insensitive search over a circle's record.
import type { NodeId } from '../ids';
import { getRecords } from '../records';
import type { CareMap } from '../schema';
import { allObjectionsResolved, type ConsentResponse, type Proposal } from './schema';

/**
 * Whether the proposal may now be marked consented (or amended): it is not withdrawn, at least
 * one participant took part (anyone not absent), and every objection has been resolved,
 * integrated, withdrawn or amended. (The record schema itself only insists on the last rule, so
 * decisions imported without a recorded round still load.)
 */
export function canConsent(p: Pick<Proposal, 'status' | 'consentRound'>): boolean {
  if (p.status === 'withdrawn') return false;
  const present = p.consentRound.some((e) => e.response !== 'absent');
  return present && allObjectionsResolved(p.consentRound);
}

/** Positions in the consent round of objections that are still open. */
export function openObjections(p: Pick<Proposal, 'consentRound'>): number[] {
  return p.consentRound.flatMap((e, i) => (e.response === 'objection' && e.resolution === undefined ? [i] : []));
}

/** How many of each response the round holds. */
export function tallyConsentRound(p: Pick<Proposal, 'consentRound'>): Record<ConsentResponse, number> {
  const out: Record<ConsentResponse, number> = { consent: 0, objection: 0, concern: 0, absent: 0 };
  for (const e of p.consentRound) out[e.response]++;
  return out;
}

/** A team's or circle's proposals, newest first (by raisedAt; equal dates keep document order). */
export function proposalsOf(doc: CareMap, context: NodeId | string): Proposal[] {
  return newestFirst(getRecords(doc, 'proposal').filter((p) => p.context === context));
}

function newestFirst(list: Proposal[]): Proposal[] {
  return list
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.raisedAt < b.p.raisedAt ? 1 : a.p.raisedAt > b.p.raisedAt ? -1 : a.i - b.i))
    .map((x) => x.p);
}

function searchableText(p: Proposal): string {
  const parts = [p.title, p.summary, p.why, p.decision ?? ''];
  if (p.proposedBy !== undefined && 'name' in p.proposedBy) parts.push(p.proposedBy.name);
  for (const e of p.consentRound) parts.push(e.reason ?? '', e.resolutionNote ?? '');
  return parts.join('\n').toLocaleLowerCase();
}

export interface ProposalSearchOptions {
  /** Only this team's or circle's proposals. */
  readonly context?: NodeId | string;
}

/**
 * Proposals whose title, summary, reasons, decision or objection texts contain every word of
 * `query` (case-insensitive, in any order), newest first. An empty query matches all.
 */
export function searchProposals(doc: CareMap, query: string, options: ProposalSearchOptions = {}): Proposal[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter((w) => w !== '');
  const hits = getRecords(doc, 'proposal').filter((p) => {
    if (options.context !== undefined && p.context !== options.context) return false;
    const text = searchableText(p);
    return words.every((w) => text.includes(w));
  });
  return newestFirst(hits);
}
