// Guided mapping ("map while you talk", domain §8.2, §8.7): the screens over the pure state
// machine of src/model/guided. One question at a time in large type; names typed (or picked from
// people already on the map) become people on the map at once; big buttons for the follow-ups;
// "who knows whom" last. Back, skip, stop (and resume later), progress; every answer is one
// undo step (the store's guided actions), and moving between questions changes nothing.
import { useState } from 'react';

import {
  afterFollowUp,
  afterName,
  type GuidedScreen,
  type GuidedState,
  guidedProgress,
  guidedScreen,
  nextStep,
  type NodeId,
  previousStep,
  resumeGuided,
  type TieId,
  withDisplayNames,
} from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { GuidedFollowUp } from './GuidedFollowUp';
import { GuidedKnows } from './GuidedKnows';
import { GuidedName } from './GuidedName';
import { GuidedPromptsEditor } from './GuidedPromptsEditor';
import { useDrawnNames } from './useDrawnNames';
import { FormError } from '../../ui/FormError';

export interface GuidedMappingProps {
  readonly centre: NodeId;
  readonly onClose: () => void;
}

export function GuidedMapping({ centre, onClose }: GuidedMappingProps) {
  const doc = useAppStore(selectDocument)!;
  const store = useAppStoreApi();
  const [state, setState] = useState<GuidedState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const labelMode = useAppStore((s) => s.labelMode);
  const centreLabel = useDrawnNames(doc)(centre);

  if (state === null && editing) return <GuidedPromptsEditor onDone={() => setEditing(false)} />;
  if (state === null) {
    return (
      <div className="guided" data-testid="guided">
        <h2>Map while you talk</h2>
        <p>
          Walk through a few questions with {centreLabel}: everyone named goes on the map at once, and each
          answer can be undone. You can skip any question, go back, and stop to carry on another time.
        </p>
        <FormError message={error} />
        <button
          type="button"
          className="primary big"
          data-testid="guided-start"
          onClick={() => {
            const started = store.getState().startGuidedMapping(centre);
            if (!started.ok) return setError(started.reason);
            const doc2 = store.getState().document;
            setState(doc2 === null ? null : resumeGuided(doc2, started.session));
          }}
        >
          Start
        </button>
        <button type="button" data-testid="guided-edit-prompts" onClick={() => setEditing(true)}>
          Change the questions…
        </button>
      </div>
    );
  }

  // Questions that name people ("Does {a} know {b}?") name them as the drawing does.
  const screen = guidedScreen(withDisplayNames(doc, labelMode), state);
  if (screen === null) return <p className="muted">This walk-through is no longer on the map.</p>;
  const progress = guidedProgress(doc, state);
  const current = () => store.getState().document ?? doc;
  const go = (next: GuidedState) => {
    setError(null);
    setState(next);
  };
  const onNamed = (named: { node: NodeId; tie: TieId | null }) => go(afterName(current(), state, named));
  const onAnswered = () => go(afterFollowUp(state));
  const stop = () => {
    store.getState().pauseGuidedMapping(state.session, screen.kind === 'done' ? undefined : screen.step.key);
    onClose();
  };

  return (
    <div className="guided" data-testid="guided">
      <div className="guided-progress">
        <span data-testid="guided-progress">
          {screen.kind === 'done'
            ? `All ${progress.total} questions done`
            : `Question ${progress.step} of ${progress.total}`}
        </span>
        <progress value={progress.step} max={Math.max(1, progress.total)} aria-label="Progress" />
      </div>
      <Body
        screen={screen}
        session={state.session}
        centre={centre}
        onNamed={onNamed}
        onAnswered={onAnswered}
        onNext={() => go(nextStep(current(), state))}
        onError={setError}
      />
      {error !== null && (
        <p role="alert" className="field-error" data-testid="guided-error">
          {error}
        </p>
      )}
      <div className="guided-nav">
        <button
          type="button"
          className="big"
          data-testid="guided-back"
          onClick={() => go(previousStep(doc, state))}
        >
          Back
        </button>
        {screen.kind === 'follow-up' ? (
          <button type="button" className="big" data-testid="guided-skip" onClick={onAnswered}>
            Skip this
          </button>
        ) : screen.kind === 'question' ? (
          <button
            type="button"
            className="big"
            data-testid="guided-next"
            onClick={() => go(nextStep(doc, state))}
          >
            {screen.named.length > 0 ? 'Next question' : 'Skip question'}
          </button>
        ) : (
          <button
            type="button"
            className="big primary"
            data-testid="guided-finish"
            onClick={() => {
              store.getState().finishGuidedMapping(state.session);
              onClose();
            }}
          >
            Finish
          </button>
        )}
        <button type="button" className="big" data-testid="guided-stop" onClick={stop}>
          Stop for now
        </button>
      </div>
    </div>
  );
}

interface BodyProps {
  readonly screen: GuidedScreen;
  readonly session: string;
  readonly centre: NodeId;
  readonly onNamed: (named: { node: NodeId; tie: TieId | null }) => void;
  readonly onAnswered: () => void;
  readonly onNext: () => void;
  readonly onError: (reason: string) => void;
}

function Body({ screen, session, centre, onNamed, onAnswered, onNext, onError }: BodyProps) {
  if (screen.kind === 'done')
    return (
      <p className="guided-question" data-testid="guided-question">
        That was the last question. Finish, or go back to add more.
      </p>
    );
  if (screen.kind === 'follow-up')
    return (
      <GuidedFollowUp
        key={`${screen.node}:${screen.question}`}
        screen={screen}
        session={session}
        onAnswered={onAnswered}
        onError={onError}
      />
    );
  if (screen.step.kind === 'name')
    return (
      <GuidedName
        key={screen.step.key}
        step={screen.step}
        named={screen.named}
        session={session}
        centre={centre}
        onNamed={onNamed}
        onError={onError}
      />
    );
  return (
    <GuidedKnows
      key={screen.step.key}
      step={screen.step}
      session={session}
      onAnswered={onNext}
      onError={onError}
    />
  );
}
