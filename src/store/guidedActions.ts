// The named actions of guided mapping: start or resume, each kind of answer, pause, finish, and
// editing the prompts. Each calls one pure operation of src/model/guided through `change`, so
// every answer is exactly one undo step; moving between questions is the screen's own state
// (model `GuidedState`) and changes nothing here.
import {
  answerFollowUp,
  answerKnows,
  answerName,
  CLOSENESS,
  type CareMap,
  FREQUENCIES,
  findGuidedSession,
  finishGuidedSession,
  formatProblem,
  labelOf,
  type NamedResult,
  openGuidedSession,
  pauseGuidedSession,
  RELATIONSHIPS,
  type Result,
  setGuidedPrompts as setGuidedPromptsOp,
  startGuidedSession,
} from '../model';
import { type Change, nodeLabel, quote, Refusal } from './change';
import type { GuidedActions } from './types';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Refusal('invalid', result.problems.map(formatProblem).join('; '));
  return result.value;
}

function centreOf(doc: CareMap, session: string): string {
  const s = findGuidedSession(doc, session);
  return s === undefined ? session : nodeLabel(doc, s.centre);
}

export function createGuidedActions(change: Change): GuidedActions {
  return {
    startGuidedMapping(centre) {
      let session: string | undefined;
      const result = change(
        (doc) =>
          `${openGuidedSession(doc, centre) !== undefined ? 'Resume' : 'Start'} guided mapping with ${quote(nodeLabel(doc, centre))}`,
        (doc) => {
          const node = doc.nodes.find((n) => n.id === centre);
          if (node === undefined) throw new Refusal('missing', `No node "${centre}" in this map.`);
          if (node.kind !== 'person') throw new Refusal('invalid', 'Guided mapping is with a person.');
          const started = startGuidedSession(doc, centre);
          session = started.session;
          return started.doc;
        },
      );
      // Picking up a walk-through already under way changes nothing, and is no refusal.
      if (session !== undefined && (result.ok || result.code === 'unchanged'))
        return { ok: true, session };
      return result.ok ? { ok: false, code: 'invalid', reason: 'Could not start guided mapping.' } : result;
    },
    answerGuidedName(session, answer) {
      let named: NamedResult | undefined;
      let unchanged = false;
      const result = change(
        () =>
          `${named?.created === true ? 'Add' : 'Name'} ${quote(named === undefined ? answer.name : nodeLabel(named.doc, named.node))}`,
        (doc) => {
          named = unwrap(answerName(doc, session, answer));
          unchanged = named.doc === doc;
          return named.doc;
        },
      );
      if (named !== undefined && (result.ok || unchanged))
        return { ok: true, node: named.node, tie: named.tie, created: named.created };
      return result.ok ? { ok: false, code: 'invalid', reason: 'Nothing was named.' } : result;
    },
    answerGuidedFollowUp(session, answer) {
      return change(
        (doc) => {
          switch (answer.field) {
            case 'relationship':
              return `${quote(nodeLabel(doc, answer.node))}: ${labelOf(RELATIONSHIPS, answer.relationship).toLowerCase()}`;
            case 'closeness':
              return `${quote(nodeLabel(doc, answer.node))}: ${answer.closeness === 'none' ? 'no ring yet' : labelOf(CLOSENESS, answer.closeness).toLowerCase()}`;
            case 'frequency':
              return `How often: ${labelOf(FREQUENCIES, answer.frequency).toLowerCase()}`;
            case 'payment':
              return answer.paid ? 'Paid care' : 'Unpaid care';
            case 'hours':
              return `${answer.hours} hours a week`;
          }
        },
        (doc) => unwrap(answerFollowUp(doc, session, answer)),
      );
    },
    answerGuidedKnows(session, step, knows) {
      return change('Who knows whom', (doc) => unwrap(answerKnows(doc, session, step, knows)));
    },
    pauseGuidedMapping(session, at) {
      return change(
        (doc) => `Pause guided mapping with ${quote(centreOf(doc, session))}`,
        (doc) => unwrap(pauseGuidedSession(doc, session, at)),
      );
    },
    finishGuidedMapping(session) {
      return change(
        (doc) => `Finish guided mapping with ${quote(centreOf(doc, session))}`,
        (doc) => unwrap(finishGuidedSession(doc, session)),
      );
    },
    setGuidedPrompts(prompts) {
      return change('Edit guided-mapping prompts', (doc) => unwrap(setGuidedPromptsOp(doc, prompts)));
    },
  };
}
