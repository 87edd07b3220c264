// The host's loop for one phone: read the phone's document, plan (plan.ts), undo what the phone
// took back, apply its new entries one by one through the store's `receive` action (the one way
// the document changes; it runs the integrity check and keeps arrivals out of the host's own
// undo), and write every answer back to the phone's document in one transaction. Knows nothing of
// the network or React, so the browser tests, the unit tests and the load benchmark drive the
// same code.
import type * as Y from 'yjs';

import type { CareMap } from '../model';
import { applyEntry, beforeEdit, type Produced, retractEntry, type WorkshopRules } from './apply';
import { readEntries, readOutcomes, writeOutcomes } from './deviceDoc';
import type { Before, Entry, Outcome } from './entries';
import { planDevice } from './plan';

/** The store's `receive` action, as this module needs it. */
export type Receive = (label: string, produce: (doc: CareMap) => Produced) => { readonly ok: true } | { readonly ok: false; readonly reason: string };

/** Transaction origin of the host's writes to phones' documents. */
export const HOST_ORIGIN = 'carewealth-host';

/** One answered entry, for the host's "what arrived" list. */
export interface Arrival {
  readonly entryId: string;
  readonly deviceKey: string;
  readonly entry: Entry | null;
  readonly state: Outcome['state'];
  readonly reason?: string;
  /** When the host answered (ms since 1970, host clock). */
  readonly at: number;
}

function describe(entry: Entry): string {
  switch (entry.type) {
    case 'add-node':
      return `Arrived: “${entry.node.label.slice(0, 40)}”`;
    case 'add-tie':
      return 'Arrived: a tie';
    default:
      return 'Arrived: an edit';
  }
}

/**
 * Bring one phone's document up to date with the map. Mutates `deviceDoc` (its outcomes) and,
 * through `receive`, the store. Returns what was answered this time.
 */
export function processDevice(deviceDoc: Y.Doc, deviceKey: string, rules: WorkshopRules, receive: Receive, now: () => number = Date.now): Arrival[] {
  const outcomes = readOutcomes(deviceDoc);
  const plan = planDevice(readEntries(deviceDoc), outcomes, rules);
  const answers = new Map<string, Outcome>();
  const arrivals: Arrival[] = [];
  const answer = (id: string, entry: Entry | null, outcome: Outcome) => {
    answers.set(id, outcome);
    arrivals.push({ entryId: id, deviceKey, entry, state: outcome.state, ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}), at: now() });
  };

  for (const entry of plan.retract) {
    const outcome = outcomes.get(entry.id) as Outcome;
    receive('Taken back by a phone', (doc) => ({ ok: true, doc: retractEntry(doc, entry, outcome) }));
    answer(entry.id, entry, { state: 'retracted', entry });
  }
  for (const [id, reason] of plan.refuse) answer(id, null, { state: 'refused', reason });
  for (const entry of plan.apply) {
    let before: Before | undefined;
    let first = true;
    const result = receive(describe(entry), (doc) => {
      // The store runs the producer on the open map first, then on its undo snapshots.
      if (first) before = beforeEdit(doc, entry);
      first = false;
      return applyEntry(doc, entry);
    });
    if (result.ok) answer(entry.id, entry, { state: 'applied', entry, ...(before !== undefined ? { before } : {}) });
    else answer(entry.id, entry, { state: 'refused', reason: result.reason.slice(0, 500) });
  }
  writeOutcomes(deviceDoc, answers, HOST_ORIGIN);
  return arrivals;
}
