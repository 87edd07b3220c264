// The steps of a walk-through, derived from the prompts, the centre's needs and who has been
// named so far: one step per plain prompt, one per kind of care for a care prompt, and for "who
// knows whom" one step per pair (while the pairs are few) or one per person. Derived afresh each
// time, so editing the prompts or naming someone new simply changes what is left to ask; steps
// are matched by key, never by position.
import { CLOSENESS_IDS } from '../catalogues';
import type { NodeId } from '../ids';
import type { CareMap, CareNode } from '../schema';
import { closestCloseness, tiesBetween } from '../support/network';
import type { GuidedPrompt, GuidedSessionRecord } from './schema';

export type GuidedStep =
  | {
      readonly kind: 'name';
      readonly key: string;
      readonly prompt: GuidedPrompt;
      readonly careType?: string;
      /** The question as asked, placeholders filled in. Plain text. */
      readonly question: string;
    }
  | {
      readonly kind: 'knows-pair';
      readonly key: string;
      readonly prompt: GuidedPrompt;
      readonly a: NodeId;
      readonly b: NodeId;
      readonly question: string;
    }
  | {
      readonly kind: 'knows-roster';
      readonly key: string;
      readonly prompt: GuidedPrompt;
      readonly person: NodeId;
      readonly others: readonly NodeId[];
      readonly question: string;
    };

/** Fill `{care}`, `{a}` and `{b}` in a prompt's text. */
function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(care|a|b)\}/g, (whole, name: string) => values[name] ?? whole);
}

function careSteps(doc: CareMap, centre: CareNode | undefined, prompt: GuidedPrompt): GuidedStep[] {
  const known = new Map(doc.careTypes.map((c) => [c.id, c.label]));
  const types = [...prompt.careTypes, ...(prompt.includeNeeds ? (centre?.careNeeded ?? []) : [])].filter(
    (t, i, all) => known.has(t) && all.indexOf(t) === i,
  );
  if (types.length === 0 && prompt.careTypes.length === 0 && !prompt.includeNeeds) {
    return [{ kind: 'name', key: prompt.id, prompt, question: prompt.text }];
  }
  return types.map((t) => ({
    kind: 'name' as const,
    key: `${prompt.id}|${t}`,
    prompt,
    careType: t,
    question: fill(prompt.text, { care: (known.get(t) ?? t).toLowerCase() }),
  }));
}

/** People named in this walk-through and still on the map, closest ring first, at most `limit`. */
export function namedPeople(doc: CareMap, session: GuidedSessionRecord, limit: number): NodeId[] {
  const byId = new Map(doc.nodes.map((n) => [n.id as string, n]));
  const people = [...new Set(session.answers.map((a) => a.node))].filter(
    (id) => id !== session.centre && byId.get(id)?.kind === 'person',
  );
  const rank = (id: string) => {
    const c = closestCloseness(tiesBetween(doc, session.centre, id));
    return c === undefined ? CLOSENESS_IDS.length : CLOSENESS_IDS.indexOf(c);
  };
  return people
    .map((id, i) => ({ id, i, r: rank(id) }))
    .sort((x, y) => x.r - y.r || x.i - y.i)
    .slice(0, limit)
    .map((x) => x.id);
}

function wasAsked(session: GuidedSessionRecord, a: string, b: string): boolean {
  return session.asked.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

function knowsSteps(doc: CareMap, session: GuidedSessionRecord, prompt: GuidedPrompt): GuidedStep[] {
  const people = namedPeople(doc, session, prompt.people);
  const label = new Map(doc.nodes.map((n) => [n.id as string, n.label]));
  // A pair already tied need not be asked about, unless it was asked in this walk-through (then
  // it stays, so the steps do not shift under the person as they answer).
  const open = (a: string, b: string) => wasAsked(session, a, b) || tiesBetween(doc, a, b).length === 0;
  const pairs: [NodeId, NodeId][] = [];
  people.forEach((a, i) => people.slice(i + 1).forEach((b) => open(a, b) && pairs.push([a, b])));
  if (pairs.length <= prompt.pairs) {
    return pairs.map(([a, b]) => ({
      kind: 'knows-pair' as const,
      key: `${prompt.id}|${a}|${b}`,
      prompt,
      a,
      b,
      question: fill(prompt.text, { a: label.get(a) ?? a, b: label.get(b) ?? b }),
    }));
  }
  return people.flatMap((a, i) => {
    const others = people.slice(i + 1).filter((b) => open(a, b));
    if (others.length === 0) return [];
    return [
      {
        kind: 'knows-roster' as const,
        key: `${prompt.id}|${a}`,
        prompt,
        person: a,
        others,
        question: fill(prompt.rosterText ?? prompt.text, { a: label.get(a) ?? a }),
      },
    ];
  });
}

/** Every step of a walk-through, in order. */
export function guidedSteps(
  doc: CareMap,
  session: GuidedSessionRecord,
  prompts: readonly GuidedPrompt[],
): GuidedStep[] {
  const centre = doc.nodes.find((n) => n.id === session.centre);
  return prompts.flatMap((p) =>
    p.kind === 'knows' ? knowsSteps(doc, session, p) : careSteps(doc, centre, p),
  );
}
