// "Who knows whom" in guided mapping: for a pair, Yes or No; for one person and a list, a big
// toggle per person and Done. It gives the ties between the people around the centre.
import { useState } from 'react';

import type { GuidedStep, NodeId } from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { useDrawnNames } from './useDrawnNames';

export interface GuidedKnowsProps {
  readonly step: Extract<GuidedStep, { kind: 'knows-pair' | 'knows-roster' }>;
  readonly session: string;
  readonly onAnswered: () => void;
  readonly onError: (reason: string) => void;
}

export function GuidedKnows({ step, session, onAnswered, onError }: GuidedKnowsProps) {
  const doc = useAppStore(selectDocument)!;
  const store = useAppStoreApi();
  const [picked, setPicked] = useState<readonly NodeId[]>([]);
  const label = useDrawnNames(doc);
  const answer = (knows: readonly NodeId[]) => {
    const result = store.getState().answerGuidedKnows(session, step.key, knows);
    if (!result.ok && result.code !== 'unchanged') return onError(result.reason);
    onAnswered();
  };
  return (
    <div className="guided-knows">
      <p className="guided-question" data-testid="guided-question">
        {step.question}
      </p>
      {step.kind === 'knows-pair' ? (
        <div className="guided-choices">
          <button
            type="button"
            className="big"
            data-testid="guided-knows-yes"
            onClick={() => answer([step.b])}
          >
            Yes
          </button>
          <button type="button" className="big" data-testid="guided-knows-no" onClick={() => answer([])}>
            No
          </button>
        </div>
      ) : (
        <>
          <div className="guided-choices">
            {step.others.map((id) => {
              const on = picked.includes(id);
              return (
                <button
                  key={id}
                  type="button"
                  className="big"
                  aria-pressed={on}
                  onClick={() => setPicked(on ? picked.filter((p) => p !== id) : [...picked, id])}
                >
                  {label(id)}
                </button>
              );
            })}
          </div>
          <button
            type="button"
            className="big primary"
            data-testid="guided-knows-done"
            onClick={() => answer(picked)}
          >
            Done
          </button>
        </>
      )}
    </div>
  );
}
