// The named actions of the support network view: choose the centre, mark who could join the
// team, drop someone on a ring, remember where people sit. Each calls one pure operation of
// src/model/support through `change`, so each is one undo step.
import {
  type CareMap,
  closestCloseness,
  type NodeId,
  placeInSupportNetwork as placeOp,
  rememberPlaces as rememberPlacesOp,
  setCentre as setCentreOp,
  setTeamCandidate as setTeamCandidateOp,
  type SupportRing,
  tiesBetween,
} from '../model';
import { type Change, nodeLabel, quote, Refusal, requireNodes } from './change';
import type { SupportActions } from './types';

const RING_WORDS: Readonly<Record<SupportRing, string>> = {
  inner: 'the inner ring',
  middle: 'the middle ring',
  outer: 'the outer ring',
  none: 'no ring',
  beyond: 'beyond the rings',
};

function requirePerson(doc: CareMap, id: NodeId, what: string): void {
  requireNodes(doc, [id]);
  if (doc.nodes.find((n) => n.id === id)?.kind !== 'person') throw new Refusal('invalid', `${what} must be a person.`);
}

function requireOther(doc: CareMap, centre: NodeId, node: NodeId): void {
  requirePerson(doc, centre, 'The centre');
  requireNodes(doc, [node]);
  if (node === centre) throw new Refusal('invalid', 'That is the person at the centre.');
}

export function createSupportActions(change: Change): SupportActions {
  return {
    setCentre(id) {
      return change(
        (doc) => (id === null ? 'Clear the centre' : `Put ${quote(nodeLabel(doc, id))} at the centre`),
        (doc) => {
          if (id !== null) requirePerson(doc, id, 'The centre');
          return setCentreOp(doc, id ?? undefined);
        },
      );
    },
    setTeamCandidate(centre, node, candidate) {
      return change(
        (doc) => `${candidate ? 'Mark' : 'Unmark'} ${quote(nodeLabel(doc, node))} as able to join the team`,
        (doc) => {
          requireOther(doc, centre, node);
          return setTeamCandidateOp(doc, centre, node, candidate);
        },
      );
    },
    placeInSupportNetwork(centre, node, drop) {
      return change(
        (doc) => {
          const before = closestCloseness(tiesBetween(doc, centre, node)) ?? 'none';
          const moves = drop.ring !== 'beyond' && drop.ring !== before;
          return moves
            ? `Move ${quote(nodeLabel(doc, node))} to ${RING_WORDS[drop.ring]}`
            : `Move ${quote(nodeLabel(doc, node))}`;
        },
        (doc) => {
          requireOther(doc, centre, node);
          if (!Number.isFinite(drop.along))
            throw new Refusal('invalid', 'The place in the sector must be a number from 0 to 1.');
          return placeOp(doc, centre, node, drop);
        },
      );
    },
    rememberSupportPlaces(centre, places, label = 'Keep the support network’s layout') {
      return change(label, (doc) => {
        requirePerson(doc, centre, 'The centre');
        if (places.size > 0) requireNodes(doc, [...places.keys()]);
        return rememberPlacesOp(doc, centre, places);
      });
    },
  };
}
