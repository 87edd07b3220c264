// What each answer in guided mapping does to the map. Every function here is one pure document
// change — starting, a name, a follow-up, a "who knows whom", pausing, finishing — so the store
// turns each into exactly one undo step. Naming someone already on the map (matched by name, or
// picked from the suggestions) reuses their node and their tie with the centre: a neighbour named
// in three prompts is one node with one tie carrying three kinds of care.
import type { Closeness, Frequency, NodeKind, PersonRole } from '../catalogues';
import { makeNode, makeTie } from '../create';
import { newId, type NodeId, type TieId } from '../ids';
import { addNodes, addTies, updateNode, updateTie } from '../operations';
import { fail, ok, problem, type Result } from '../problems';
import { HoursPerWeekSchema, LabelSchema, type CareMap, type CareNode, type Tie } from '../schema';
import { tiesBetween } from '../support/network';
import { setRing, setTeamCandidate } from '../support/operations';
import { DEFAULT_GUIDED_PROMPTS } from './defaults';
import { KIND_FOR_NAMES, resolveName } from './names';
import {
  findGuidedSession,
  guidedPrompts,
  guidedPromptsRecord,
  openGuidedSession,
  writeGuidedRecord,
} from './prompts';
import type { FollowUp, GuidedPrompt, GuidedSessionRecord } from './schema';
import { type GuidedStep, guidedSteps } from './steps';

const refuse = <T>(message: string): Result<T> => fail([problem('', message)]);

/** A walk-through with its prompts and steps as they stand in `doc`. */
export interface GuidedContext {
  readonly session: GuidedSessionRecord;
  readonly prompts: readonly GuidedPrompt[];
  readonly centre: CareNode;
  readonly steps: readonly GuidedStep[];
}

export function guidedContext(doc: CareMap, sessionId: string): Result<GuidedContext> {
  const session = findGuidedSession(doc, sessionId);
  if (session === undefined) return refuse(`No guided mapping "${sessionId}" on this map.`);
  const centre = doc.nodes.find((n) => n.id === session.centre);
  if (centre === undefined) return refuse('The person this guided mapping is about is no longer on the map.');
  const record = guidedPromptsRecord(doc);
  const prompts = record !== undefined && record.id === session.prompts ? record.prompts : guidedPrompts(doc);
  return ok({ session, prompts, centre, steps: guidedSteps(doc, session, prompts) });
}

// ---------------------------------------------------------------- starting and stopping

/**
 * Start guided mapping with `centre`, or pick up the walk-through with them that is not finished.
 * The map gets its own copy of the default prompts the first time. Returns the new document and
 * the walk-through's id.
 */
export function startGuidedSession(doc: CareMap, centre: NodeId): { doc: CareMap; session: string } {
  const open = openGuidedSession(doc, centre);
  if (open !== undefined) {
    return {
      doc: open.status === 'active' ? doc : writeGuidedRecord(doc, { ...open, status: 'active' }),
      session: open.id,
    };
  }
  let next = doc;
  let prompts = guidedPromptsRecord(doc);
  if (prompts === undefined) {
    prompts = {
      id: newId('gp'),
      type: 'guidedPrompts',
      prompts: DEFAULT_GUIDED_PROMPTS.map((p) => ({ ...p })),
    };
    next = writeGuidedRecord(next, prompts);
  }
  const session: GuidedSessionRecord = {
    id: newId('gs'),
    type: 'guidedSession',
    centre,
    prompts: prompts.id,
    status: 'active',
    answers: [],
    asked: [],
  };
  return { doc: writeGuidedRecord(next, session), session: session.id };
}

/** Stop for now, remembering the step to come back to. */
export function pauseGuidedSession(doc: CareMap, sessionId: string, at?: string): Result<CareMap> {
  const session = findGuidedSession(doc, sessionId);
  if (session === undefined) return refuse(`No guided mapping "${sessionId}" on this map.`);
  const next: GuidedSessionRecord = { ...session, status: 'paused', ...(at !== undefined ? { at } : {}) };
  return ok(JSON.stringify(next) === JSON.stringify(session) ? doc : writeGuidedRecord(doc, next));
}

/** Mark the walk-through finished. */
export function finishGuidedSession(doc: CareMap, sessionId: string): Result<CareMap> {
  const session = findGuidedSession(doc, sessionId);
  if (session === undefined) return refuse(`No guided mapping "${sessionId}" on this map.`);
  return ok(session.status === 'finished' ? doc : writeGuidedRecord(doc, { ...session, status: 'finished' }));
}

// ---------------------------------------------------------------- names

export interface NameAnswer {
  /** The step answered (a GuidedStep key). */
  readonly step: string;
  /** What was typed. */
  readonly name: string;
  /** The node picked from the suggestions, if one was. */
  readonly node?: NodeId;
  /** The kind of a new node, when the person chose one (default: by what the prompt asks for). */
  readonly kind?: NodeKind;
}

export interface NamedResult {
  readonly doc: CareMap;
  readonly node: NodeId;
  /** The tie with the centre this answer made or added to (the follow-ups' subject), if any. */
  readonly tie: TieId | null;
  /** A new node was added. */
  readonly created: boolean;
}

function careTies(doc: CareMap, a: string, b: string): Tie[] {
  return tiesBetween(doc, a, b).filter((t) => t.kind === 'care');
}

/**
 * Tie `node` to the centre as the prompt says; returns the document and the tie concerned. A kind
 * of care is added only to a one-way tie in its direction (or found on any tie giving it): added
 * to a mutual tie, it would flow back from the centre too.
 */
function tieToCentre(
  doc: CareMap,
  prompt: GuidedPrompt,
  careType: string | undefined,
  node: NodeId,
  centre: NodeId,
): { doc: CareMap; tie: TieId | null } {
  if (prompt.tie === 'none') return { doc, tie: null };
  const existing = careTies(doc, node, centre);
  if (prompt.tie === 'mutual') {
    const tie = existing.find((t) => t.mutual) ?? existing[0];
    if (tie !== undefined) return { doc, tie: tie.id };
    const made = makeTie('care', node, centre, { mutual: true });
    return { doc: addTies(doc, [made]), tie: made.id };
  }
  const [giver, receiver] = prompt.tie === 'to-centre' ? [node, centre] : [centre, node];
  const gives = (t: Tie) => t.mutual || (t.source === giver && t.target === receiver);
  const oneWay = existing.find((t) => !t.mutual && t.source === giver && t.target === receiver);
  if (careType === undefined) {
    const tie = existing.find(gives) ?? existing[0];
    if (tie !== undefined) return { doc, tie: tie.id };
  } else {
    const carrying = existing.find((t) => gives(t) && t.careTypes.includes(careType));
    if (carrying !== undefined) return { doc, tie: carrying.id };
    if (oneWay !== undefined)
      return {
        doc: updateTie(doc, oneWay.id, { careTypes: [...oneWay.careTypes, careType] }),
        tie: oneWay.id,
      };
  }
  const made = makeTie('care', giver, receiver, { careTypes: careType === undefined ? [] : [careType] });
  return { doc: addTies(doc, [made]), tie: made.id };
}

/**
 * Someone named at a step: reuse the node picked or exactly matching the name, or add a new one;
 * tie them to the centre as the prompt says; mark them as able to join the team if the prompt
 * does; note the answer in the walk-through. Refuses an empty name, the centre's own name, and
 * a name several nodes share (the person then picks one from the suggestions).
 */
export function answerName(doc: CareMap, sessionId: string, answer: NameAnswer): Result<NamedResult> {
  const context = guidedContext(doc, sessionId);
  if (!context.ok) return context;
  const { session, centre, steps } = context.value;
  const step = steps.find((s) => s.key === answer.step);
  if (step === undefined || step.kind !== 'name')
    return refuse(`No question "${answer.step}" to answer in this guided mapping.`);
  let next = doc;
  let node: NodeId;
  let created = false;
  if (answer.node !== undefined) {
    if (answer.node === centre.id) return refuse(`That is ${centre.label}, at the centre.`);
    if (!doc.nodes.some((n) => n.id === answer.node)) return refuse(`No node "${answer.node}" in this map.`);
    node = answer.node;
  } else {
    const meaning = resolveName(doc, answer.name, centre.id);
    if (meaning.kind === 'empty') return refuse('Type a name first.');
    if (meaning.kind === 'centre') return refuse(`That is ${centre.label}, at the centre.`);
    if (meaning.kind === 'ambiguous')
      return refuse(
        `${meaning.ids.length} people and places on the map are called “${answer.name.trim()}”: pick one from the list.`,
      );
    if (meaning.kind === 'existing') node = meaning.id;
    else {
      const label = LabelSchema.safeParse(meaning.label);
      if (!label.success) return refuse(`The name ${label.error.issues[0]?.message ?? 'is not valid'}.`);
      const kind = answer.kind ?? KIND_FOR_NAMES[step.prompt.names];
      const roles: PersonRole[] =
        kind === 'person' && step.prompt.role !== undefined ? [step.prompt.role] : [];
      const made = makeNode(kind, label.data, { roles });
      next = addNodes(next, [made]);
      node = made.id;
      created = true;
    }
  }
  const tied = tieToCentre(next, step.prompt, step.careType, node, centre.id);
  next = tied.doc;
  if (step.prompt.marksCandidate) next = setTeamCandidate(next, centre.id, node, true);
  const noted = session.answers.some((a) => a.step === step.key && a.node === node);
  const updated: GuidedSessionRecord = {
    ...session,
    status: 'active',
    at: step.key,
    answers: noted ? session.answers : [...session.answers, { step: step.key, node }],
  };
  if (next !== doc || JSON.stringify(updated) !== JSON.stringify(session))
    next = writeGuidedRecord(next, updated);
  return ok({ doc: next, node, tie: tied.tie, created });
}

// ---------------------------------------------------------------- follow-ups

/** The relationships a follow-up offers, each the role it gives (none for "someone else"). */
export const RELATIONSHIPS = [
  { id: 'family', label: 'Family', role: 'family' },
  { id: 'friend', label: 'Friend', role: 'friend' },
  { id: 'neighbour', label: 'Neighbour', role: 'neighbour' },
  { id: 'volunteer', label: 'Volunteer', role: 'volunteer' },
  { id: 'paid_carer', label: 'Paid carer', role: 'care_worker_employed' },
  { id: 'professional', label: 'Professional', role: 'professional' },
  { id: 'other', label: 'Someone else', role: null },
] as const satisfies readonly { id: string; label: string; role: PersonRole | null }[];
export type Relationship = (typeof RELATIONSHIPS)[number]['id'];

/** Roles that already say how someone is related (so the relationship question is not asked). */
const RELATIONSHIP_ROLES: readonly PersonRole[] = [
  'family',
  'friend',
  'neighbour',
  'volunteer',
  'peer_supporter',
  'advocate',
  'care_worker_employed',
  'care_worker_independent',
  'professional',
];
const CHOICE_ROLES: readonly PersonRole[] = RELATIONSHIPS.flatMap((r) => (r.role === null ? [] : [r.role]));

/**
 * The follow-ups to ask after a name, in the prompt's order, leaving out what the map already
 * knows: the relationship of a person with none recorded, a ring when no care tie with the centre
 * has a closeness, and how often, paid or unpaid and hours on the answer's tie when not set.
 */
export function followUpsFor(
  doc: CareMap,
  centre: string,
  prompt: GuidedPrompt,
  node: string,
  tie: string | null,
): FollowUp[] {
  const n = doc.nodes.find((x) => x.id === node);
  const t = tie === null ? undefined : doc.ties.find((x) => x.id === tie && x.kind === 'care');
  const open: Record<FollowUp, boolean> = {
    relationship: n?.kind === 'person' && !n.roles.some((r) => RELATIONSHIP_ROLES.includes(r)),
    closeness: careTies(doc, node, centre).every((x) => x.closeness === undefined),
    frequency: t !== undefined && t.frequency === undefined,
    payment: t !== undefined && t.payment === undefined,
    hours: t !== undefined && t.hoursPerWeek === undefined,
  };
  return prompt.followUps.filter((f) => open[f]);
}

export type FollowUpAnswer =
  | { readonly field: 'relationship'; readonly node: NodeId; readonly relationship: Relationship }
  | { readonly field: 'closeness'; readonly node: NodeId; readonly closeness: Closeness | 'none' }
  | { readonly field: 'frequency'; readonly tie: TieId; readonly frequency: Frequency }
  | { readonly field: 'payment'; readonly tie: TieId; readonly paid: boolean }
  | { readonly field: 'hours'; readonly tie: TieId; readonly hours: number };

/**
 * A follow-up answered. Relationship replaces any relationship role given here before (so a
 * slip is corrected by answering again) and keeps other roles; closeness puts the person on that
 * ring of the centre's network (see setRing); unpaid care is volunteered when the giver is a
 * volunteer, else gifted.
 */
export function answerFollowUp(doc: CareMap, sessionId: string, answer: FollowUpAnswer): Result<CareMap> {
  const context = guidedContext(doc, sessionId);
  if (!context.ok) return context;
  const centre = context.value.centre.id;
  if (answer.field === 'relationship' || answer.field === 'closeness') {
    const node = doc.nodes.find((n) => n.id === answer.node);
    if (node === undefined) return refuse(`No node "${answer.node}" in this map.`);
    if (node.id === centre) return refuse('That is the person at the centre.');
    if (answer.field === 'closeness') return ok(setRing(doc, centre, node.id, answer.closeness));
    if (node.kind !== 'person')
      return refuse(`Only people have a relationship; “${node.label}” is a ${node.kind}.`);
    const role = RELATIONSHIPS.find((r) => r.id === answer.relationship)?.role ?? null;
    const roles = [...node.roles.filter((r) => !CHOICE_ROLES.includes(r)), ...(role === null ? [] : [role])];
    return ok(
      JSON.stringify(roles) === JSON.stringify(node.roles) ? doc : updateNode(doc, node.id, { roles }),
    );
  }
  const tie = doc.ties.find((t) => t.id === answer.tie);
  if (tie === undefined || tie.kind !== 'care') return refuse(`No care tie "${answer.tie}" in this map.`);
  let patch: Partial<Tie>;
  if (answer.field === 'frequency') patch = { frequency: answer.frequency };
  else if (answer.field === 'payment') {
    const giver = doc.nodes.find((n) => n.id === tie.source);
    patch = {
      payment: answer.paid ? 'paid' : giver?.roles.includes('volunteer') === true ? 'volunteered' : 'gifted',
    };
  } else {
    const hours = HoursPerWeekSchema.safeParse(answer.hours);
    if (!hours.success) return refuse(`Hours ${hours.error.issues[0]?.message ?? 'are not valid'}.`);
    patch = { hoursPerWeek: hours.data };
  }
  const same = Object.entries(patch).every(([k, v]) => tie[k as keyof Tie] === v);
  return ok(same ? doc : updateTie(doc, tie.id, patch));
}

// ---------------------------------------------------------------- who knows whom

/**
 * A "who knows whom" step answered: for a pair, `knows` holds the other person if they know each
 * other (empty if not); for one person and a list, it holds those they know. Every pair on the
 * step is noted as asked; each pair who know each other and have no tie yet get one: a mutual
 * care tie with no kinds of care, "engaged" (connected, not yet producing much), labelled
 * "Know each other".
 */
export function answerKnows(
  doc: CareMap,
  sessionId: string,
  stepKey: string,
  knows: readonly NodeId[],
): Result<CareMap> {
  const context = guidedContext(doc, sessionId);
  if (!context.ok) return context;
  const { session, steps } = context.value;
  const step = steps.find((s) => s.key === stepKey);
  if (step === undefined || step.kind === 'name')
    return refuse(`No "who knows whom" question "${stepKey}" in this guided mapping.`);
  const [person, others] = step.kind === 'knows-pair' ? [step.a, [step.b]] : [step.person, step.others];
  const yes = new Set<string>(knows);
  if (step.kind === 'knows-pair' && yes.has(step.a)) yes.add(step.b);
  const stray = [...yes].find((id) => id !== person && !others.includes(id as NodeId));
  if (stray !== undefined) return refuse(`“${stray}” is not one of the people asked about here.`);
  const added = others
    .filter((o) => yes.has(o) && tiesBetween(doc, person, o).length === 0)
    .map((o) => makeTie('care', person, o, { mutual: true, strength: 'engaged', label: 'Know each other' }));
  const asked = [...session.asked];
  for (const o of others)
    if (!asked.some(([x, y]) => (x === person && y === o) || (x === o && y === person)))
      asked.push([person, o]);
  const updated: GuidedSessionRecord = { ...session, status: 'active', at: step.key, asked };
  if (added.length === 0 && JSON.stringify(updated) === JSON.stringify(session)) return ok(doc);
  return ok(writeGuidedRecord(added.length > 0 ? addTies(doc, added) : doc, updated));
}
