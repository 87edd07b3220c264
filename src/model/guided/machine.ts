// The walk-through as a small state machine for the screen: which question or follow-up is shown,
// and where back, skip and next lead. The state is a step key and the follow-ups still to ask
// about the last name; everything else is read from the document, so the state survives any
// edit, undo or redo. Moving around changes nothing on the map; answers do (answers.ts), each as
// one document change. Stopping saves the step to come back to (pauseGuidedSession).
import type { NodeId, TieId } from '../ids';
import type { CareMap } from '../schema';
import { followUpsFor, guidedContext } from './answers';
import type { FollowUp } from './schema';
import type { GuidedStep } from './steps';

export interface GuidedState {
  readonly session: string;
  /** The step shown (a step key); null means the first step. */
  readonly at: string | null;
  /** Past the last step. */
  readonly done: boolean;
  /** Follow-ups still to ask about the name just given; the first is shown. */
  readonly followUp: {
    readonly node: NodeId;
    readonly tie: TieId | null;
    readonly queue: readonly FollowUp[];
  } | null;
}

export type GuidedScreen =
  | {
      readonly kind: 'question';
      readonly step: GuidedStep;
      /** 0-based position of the step, and how many there are now. */
      readonly index: number;
      readonly total: number;
      /** Who has been named at this step so far, in order. */
      readonly named: readonly NodeId[];
    }
  | {
      readonly kind: 'follow-up';
      readonly step: GuidedStep;
      readonly index: number;
      readonly total: number;
      readonly node: NodeId;
      readonly tie: TieId | null;
      readonly question: FollowUp;
    }
  | { readonly kind: 'done'; readonly total: number };

/** Where a walk-through picks up: the step it was paused or last answered at, or the start. */
export function resumeGuided(doc: CareMap, sessionId: string): GuidedState | null {
  const context = guidedContext(doc, sessionId);
  if (!context.ok) return null;
  const { session } = context.value;
  return { session: sessionId, at: session.at ?? null, done: session.status === 'finished', followUp: null };
}

/**
 * The index of the state's step. A step that is no longer there (its care type removed, a pair
 * no longer asked about) falls back to the first step of the same prompt, else the start.
 */
function indexOf(steps: readonly GuidedStep[], at: string | null): number {
  if (at === null) return 0;
  const exact = steps.findIndex((s) => s.key === at);
  if (exact >= 0) return exact;
  const prompt = at.split('|')[0];
  const same = steps.findIndex((s) => s.prompt.id === prompt);
  return same >= 0 ? same : 0;
}

/** What to show for a state, or null when the walk-through is not on the map. */
export function guidedScreen(doc: CareMap, state: GuidedState): GuidedScreen | null {
  const context = guidedContext(doc, state.session);
  if (!context.ok) return null;
  const { steps, session } = context.value;
  const index = indexOf(steps, state.at);
  const step = steps[index];
  if (state.done || step === undefined) return { kind: 'done', total: steps.length };
  const question = state.followUp?.queue[0];
  if (state.followUp !== null && question !== undefined) {
    return {
      kind: 'follow-up',
      step,
      index,
      total: steps.length,
      node: state.followUp.node,
      tie: state.followUp.tie,
      question,
    };
  }
  const present = new Set(doc.nodes.map((n) => n.id as string));
  const named = session.answers.filter((a) => a.step === step.key && present.has(a.node)).map((a) => a.node);
  return { kind: 'question', step, index, total: steps.length, named };
}

function stepsOf(doc: CareMap, state: GuidedState): readonly GuidedStep[] {
  const context = guidedContext(doc, state.session);
  return context.ok ? context.value.steps : [];
}

/** Next (or skip): the step after this one, or past the end. Pending follow-ups are dropped. */
export function nextStep(doc: CareMap, state: GuidedState): GuidedState {
  if (state.done) return state;
  const steps = stepsOf(doc, state);
  const following = steps[indexOf(steps, state.at) + 1];
  return following === undefined
    ? { ...state, done: true, followUp: null }
    : { ...state, at: following.key, followUp: null };
}

/** Back: out of the follow-ups to their question, else to the step before (from the end, the last step). */
export function previousStep(doc: CareMap, state: GuidedState): GuidedState {
  if (state.followUp !== null) return { ...state, followUp: null };
  const steps = stepsOf(doc, state);
  if (state.done) {
    const last = steps.at(-1);
    return { ...state, done: false, at: last?.key ?? null };
  }
  const before = steps[indexOf(steps, state.at) - 1];
  return before === undefined ? state : { ...state, at: before.key };
}

/** After a name was given at the current step (answerName's result): its follow-ups, if any. */
export function afterName(
  doc: CareMap,
  state: GuidedState,
  named: { readonly node: NodeId; readonly tie: TieId | null },
): GuidedState {
  const context = guidedContext(doc, state.session);
  if (!context.ok) return state;
  const step = context.value.steps[indexOf(context.value.steps, state.at)];
  if (step === undefined || step.kind !== 'name') return state;
  const queue = followUpsFor(doc, context.value.centre.id, step.prompt, named.node, named.tie);
  return { ...state, at: step.key, followUp: queue.length === 0 ? null : { ...named, queue } };
}

/** After a follow-up was answered or skipped: the next one, or back to the question. */
export function afterFollowUp(state: GuidedState): GuidedState {
  if (state.followUp === null) return state;
  const queue = state.followUp.queue.slice(1);
  return { ...state, followUp: queue.length === 0 ? null : { ...state.followUp, queue } };
}

/** Progress for the screen: step n of total, and how many steps have an answer. */
export function guidedProgress(
  doc: CareMap,
  state: GuidedState,
): { readonly step: number; readonly total: number; readonly answered: number } {
  const context = guidedContext(doc, state.session);
  if (!context.ok) return { step: 0, total: 0, answered: 0 };
  const { steps, session } = context.value;
  const answered = new Set(session.answers.map((a) => a.step));
  const asked = (s: GuidedStep) =>
    s.kind === 'knows-pair'
      ? session.asked.some(([x, y]) => (x === s.a && y === s.b) || (x === s.b && y === s.a))
      : s.kind === 'knows-roster'
        ? s.others.every((o) =>
            session.asked.some(([x, y]) => (x === s.person && y === o) || (x === o && y === s.person)),
          )
        : answered.has(s.key);
  return {
    step: state.done ? steps.length : indexOf(steps, state.at) + 1,
    total: steps.length,
    answered: steps.filter(asked).length,
  };
}
