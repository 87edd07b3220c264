// One "who…?" question of guided mapping: type a name and add it, or pick someone already on the
// map from the suggestions (so a neighbour named in three questions is one person). Large type
// and buttons for a tablet at the kitchen table; Enter adds what is typed.
import { useId, useState } from 'react';

import {
  type GuidedStep,
  KIND_FOR_NAMES,
  NODE_KINDS,
  labelOf,
  type NodeId,
  suggestNames,
  type TieId,
} from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { useDrawnNames } from './useDrawnNames';

export interface GuidedNameProps {
  readonly step: Extract<GuidedStep, { kind: 'name' }>;
  readonly named: readonly NodeId[];
  readonly session: string;
  /** The person at the centre (never suggested). */
  readonly centre: NodeId;
  readonly onNamed: (named: { node: NodeId; tie: TieId | null }) => void;
  readonly onError: (reason: string) => void;
}

export function GuidedName({ step, named, session, centre, onNamed, onError }: GuidedNameProps) {
  const doc = useAppStore(selectDocument)!;
  const store = useAppStoreApi();
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const suggestions = suggestNames(doc, typed, { centre, names: step.prompt.names, limit: 5 });
  const drawn = useDrawnNames(doc);
  const noun =
    step.prompt.names === 'places'
      ? 'a place'
      : step.prompt.names === 'groups'
        ? 'a group'
        : step.prompt.names === 'services'
          ? 'a service'
          : 'a name';
  const becomes = labelOf(NODE_KINDS, KIND_FOR_NAMES[step.prompt.names]).toLowerCase();

  function add(node?: NodeId) {
    const result = store
      .getState()
      .answerGuidedName(session, { step: step.key, name: typed, ...(node !== undefined ? { node } : {}) });
    if (!result.ok) return onError(result.reason);
    setTyped('');
    onNamed({ node: result.node, tie: result.tie });
  }

  return (
    <div className="guided-name">
      <label htmlFor={inputId} className="guided-question" data-testid="guided-question">
        {step.question}
      </label>
      <div className="guided-add">
        <input
          id={inputId}
          type="text"
          value={typed}
          autoComplete="off"
          placeholder={`Type ${noun}`}
          data-testid="guided-name-input"
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && typed.trim() !== '') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button
          type="button"
          className="big primary"
          data-testid="guided-add"
          disabled={typed.trim() === ''}
          onClick={() => add()}
        >
          Add
        </button>
      </div>
      {suggestions.length > 0 && (
        <ul className="guided-suggestions" aria-label="Already on the map">
          {suggestions.map((n) => (
            <li key={n.id}>
              <button type="button" className="big" data-testid="guided-suggestion" onClick={() => add(n.id)}>
                {drawn(n.id)}{' '}
                <span className="muted">({labelOf(NODE_KINDS, n.kind).toLowerCase()} on the map)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {named.length > 0 && (
        <p className="guided-named" data-testid="guided-named">
          Named here: {named.map(drawn).join(', ')}
        </p>
      )}
      <p className="muted">
        A new name becomes {/^[aeiou]/.test(becomes) ? 'an' : 'a'} {becomes} on the map.
      </p>
    </div>
  );
}
