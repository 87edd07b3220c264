// The follow-ups after a name in guided mapping, each a row of big buttons: how they are related,
// how close (which ring), how often, paid or unpaid, and hours a week if known. Each answer is
// one undo step; "Skip this" (in the navigation) leaves it unsaid.
import { useId, useState } from 'react';

import { CLOSENESS, type FollowUpAnswer, FREQUENCIES, type GuidedScreen, RELATIONSHIPS } from '../../model';
import { type ActionResult, selectDocument, useAppStore, useAppStoreApi } from '../../store';
import { useDrawnNames } from './useDrawnNames';

export interface GuidedFollowUpProps {
  readonly screen: Extract<GuidedScreen, { kind: 'follow-up' }>;
  readonly session: string;
  readonly onAnswered: () => void;
  readonly onError: (reason: string) => void;
}

function Choices({
  options,
  onPick,
}: {
  options: readonly { id: string; label: string }[];
  onPick: (id: string) => void;
}) {
  return (
    <div className="guided-choices">
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          className="big"
          data-testid={`guided-choice-${o.id}`}
          onClick={() => onPick(o.id)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

export function GuidedFollowUp({ screen, session, onAnswered, onError }: GuidedFollowUpProps) {
  const doc = useAppStore(selectDocument)!;
  const store = useAppStoreApi();
  const [hours, setHours] = useState('');
  const hoursId = useId();
  const name = useDrawnNames(doc)(screen.node);
  const answer = (a: FollowUpAnswer) => {
    const result: ActionResult = store.getState().answerGuidedFollowUp(session, a);
    if (!result.ok && result.code !== 'unchanged') return onError(result.reason);
    onAnswered();
  };
  const tie = screen.tie;
  switch (screen.question) {
    case 'relationship':
      return (
        <Question text={`How is ${name} related to them?`}>
          <Choices
            options={RELATIONSHIPS}
            onPick={(id) =>
              answer({
                field: 'relationship',
                node: screen.node,
                relationship: id as (typeof RELATIONSHIPS)[number]['id'],
              })
            }
          />
        </Question>
      );
    case 'closeness':
      return (
        <Question text={`How close is ${name}?`}>
          <Choices
            options={[...CLOSENESS, { id: 'none', label: 'Not sure yet' }]}
            onPick={(id) =>
              answer({
                field: 'closeness',
                node: screen.node,
                closeness: id as 'inner' | 'middle' | 'outer' | 'none',
              })
            }
          />
        </Question>
      );
    case 'frequency':
      return tie === null ? null : (
        <Question text={`How often does ${name} help?`}>
          <Choices
            options={FREQUENCIES}
            onPick={(id) =>
              answer({ field: 'frequency', tie, frequency: id as (typeof FREQUENCIES)[number]['id'] })
            }
          />
        </Question>
      );
    case 'payment':
      return tie === null ? null : (
        <Question text={`Is ${name} paid for this?`}>
          <Choices
            options={[
              { id: 'paid', label: 'Paid' },
              { id: 'unpaid', label: 'Unpaid' },
            ]}
            onPick={(id) => answer({ field: 'payment', tie, paid: id === 'paid' })}
          />
        </Question>
      );
    case 'hours':
      return tie === null ? null : (
        <Question text={`About how many hours a week, if known?`} htmlFor={hoursId}>
          <div className="guided-add">
            <input
              id={hoursId}
              type="number"
              inputMode="decimal"
              min={0}
              step={0.5}
              value={hours}
              data-testid="guided-hours"
              onChange={(e) => setHours(e.target.value)}
              onKeyDown={(e) =>
                e.key === 'Enter' && hours !== '' && answer({ field: 'hours', tie, hours: Number(hours) })
              }
            />
            <button
              type="button"
              className="big primary"
              data-testid="guided-hours-save"
              disabled={hours === ''}
              onClick={() => answer({ field: 'hours', tie, hours: Number(hours) })}
            >
              Save
            </button>
          </div>
        </Question>
      );
  }
}

function Question({
  text,
  htmlFor,
  children,
}: {
  text: string;
  htmlFor?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="guided-follow-up">
      {htmlFor === undefined ? (
        <p className="guided-question" data-testid="guided-question">
          {text}
        </p>
      ) : (
        <label className="guided-question" htmlFor={htmlFor} data-testid="guided-question">
          {text}
        </label>
      )}
      {children}
    </div>
  );
}
