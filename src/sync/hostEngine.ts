// The host's loop over phones' documents: read each, plan (plan.ts), undo what phones took back,
// apply their new entries through the store's `receive` action (the one way the document
// changes; it runs the integrity check and keeps arrivals out of the host's own undo), and write
// every answer back to each phone's document in one transaction. Knows nothing of
// the network or React, so the browser tests, the unit tests and the load benchmark drive the
// same code.
import type * as Y from 'yjs';

import type { CareMap } from '../model';
import { applyEntry, beforeEdit, type Produced, retractEntry, type WorkshopRules } from './apply';
import { readEntries, readOutcomes, writeOutcomes } from './deviceDoc';
import type { Before, Entry, Outcome } from './entries';
import { planDevice } from './plan';

/** The store's `receive` action, as this module needs it (its ActionResult, code as a string). */
export type Receive = (
  label: string,
  produce: (doc: CareMap) => Produced,
) => { readonly ok: true } | { readonly ok: false; readonly code: string; readonly reason: string };

/**
 * Refusals that say this screen cannot take phones' entries now, whatever they hold: no map is
 * open, or another tab edits it (that tab is the host). Nothing is answered then; the entries
 * wait for the next pass.
 */
const NOT_THE_HOST: ReadonlySet<string> = new Set(['no-map', 'read-only']);

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

/** One phone's document, as the host holds it. */
export interface DeviceDoc {
  readonly deviceKey: string;
  readonly doc: Y.Doc;
}

/**
 * Bring phones' documents up to date with the map. All their new entries and retractions are
 * applied as one received change (one store update, one integrity check, however many phones
 * sent at once); if that combined change breaks a rule, each entry is tried on its own instead,
 * so one bad entry never holds back the others. Mutates the documents (their outcomes) and,
 * through `receive`, the store. Returns what was answered, in order.
 */
export function processDevices(devices: readonly DeviceDoc[], rules: WorkshopRules, receive: Receive, now: () => number = Date.now): Arrival[] {
  const work = devices.map(({ deviceKey, doc }) => {
    const outcomes = readOutcomes(doc);
    return { deviceKey, doc, outcomes, plan: planDevice(readEntries(doc), outcomes, rules), answers: new Map<string, Outcome>() };
  });
  const arrivals: Arrival[] = [];
  const answer = (w: (typeof work)[number], id: string, entry: Entry | null, outcome: Outcome) => {
    w.answers.set(id, outcome);
    arrivals.push({ entryId: id, deviceKey: w.deviceKey, entry, state: outcome.state, ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}), at: now() });
  };
  const answerRefusals = () => {
    for (const w of work) for (const [id, reason] of w.plan.refuse) answer(w, id, null, { state: 'refused', reason });
  };
  if (work.every((w) => w.plan.retract.length === 0 && w.plan.apply.length === 0)) {
    answerRefusals();
    for (const w of work) writeOutcomes(w.doc, w.answers, HOST_ORIGIN);
    return arrivals;
  }

  // The combined change; on the open map (the first run) it records each entry's own result.
  type Result = { readonly ok: true; readonly before: Before | undefined } | { readonly ok: false; readonly reason: string };
  const results = new Map<string, Result>();
  let first = true;
  const together = receive('Arrived from phones', (doc) => {
    let current = doc;
    for (const w of work) {
      for (const entry of w.plan.retract) current = retractEntry(current, entry, w.outcomes.get(entry.id) as Outcome);
    }
    for (const w of work) {
      for (const entry of w.plan.apply) {
        const before = first ? beforeEdit(current, entry) : undefined;
        const produced: Produced = applyEntry(current, entry);
        if (first) results.set(entry.id, produced.ok ? { ok: true, before } : produced);
        if (produced.ok) current = produced.doc;
      }
    }
    first = false;
    return { ok: true, doc: current };
  });
  if (!together.ok && NOT_THE_HOST.has(together.code)) return [];
  // Every entry refused on its own (recorded above) leaves the map as it was: that is no failure.
  const combined = together.ok || together.code === 'unchanged';
  answerRefusals();

  for (const w of work) {
    for (const entry of w.plan.retract) {
      if (!combined) receive('Taken back by a phone', (doc) => ({ ok: true, doc: retractEntry(doc, entry, w.outcomes.get(entry.id) as Outcome) }));
      answer(w, entry.id, entry, { state: 'retracted', entry });
    }
    for (const entry of w.plan.apply) {
      let result = results.get(entry.id);
      if (!combined) {
        let before: Before | undefined;
        let once = true;
        const alone = receive('Arrived from a phone', (doc) => {
          if (once) before = beforeEdit(doc, entry);
          once = false;
          return applyEntry(doc, entry);
        });
        result = alone.ok || alone.code === 'unchanged' ? { ok: true, before } : alone;
      }
      if (result === undefined) continue;
      if (result.ok) answer(w, entry.id, entry, { state: 'applied', entry, ...(result.before !== undefined ? { before: result.before } : {}) });
      else answer(w, entry.id, entry, { state: 'refused', reason: result.reason.slice(0, 500) });
    }
    writeOutcomes(w.doc, w.answers, HOST_ORIGIN);
  }
  return arrivals;
}

/** `processDevices` for a single phone. */
export function processDevice(deviceDoc: Y.Doc, deviceKey: string, rules: WorkshopRules, receive: Receive, now: () => number = Date.now): Arrival[] {
  return processDevices([{ deviceKey, doc: deviceDoc }], rules, receive, now);
}
