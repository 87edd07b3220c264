// One respondent's answers, entered on their behalf or by them: stakeholder group, team, an
// optional sub-group tag and date; no name field (responses are anonymous). Each statement asked
// of that group is answered on the 5-point scale or skipped. Saved as one surveyResponse record.
import { type FormEvent, useMemo, useState } from 'react';

import { appliesTo, type CareNode, newId, RESPONSE_SCALE, STAKEHOLDER_GROUPS, type StakeholderGroup, type SurveyItem } from '../../model';
import { today, useRecordEdit } from '../governance/useRecordEdit';

export interface ResponseFormProps {
  readonly roundId: string;
  readonly items: readonly SurveyItem[];
  readonly teams: readonly CareNode[];
  readonly defaultTeam: string;
}

export function ResponseForm({ roundId, items, teams, defaultTeam }: ResponseFormProps) {
  const edits = useRecordEdit();
  const [stakeholder, setStakeholder] = useState<StakeholderGroup>('care_worker');
  const [team, setTeam] = useState(defaultTeam);
  const [group, setGroup] = useState('');
  const [date, setDate] = useState(today);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [message, setMessage] = useState<string | null>(null);
  const asked = useMemo(() => items.filter((i) => appliesTo(i, stakeholder)), [items, stakeholder]);

  function handleSubmit(e: FormEvent) {
    e.preventDefault();
    const record = {
      id: newId('sr'),
      type: 'surveyResponse',
      round: roundId,
      stakeholder,
      date,
      answers: Object.fromEntries(asked.map((i) => [i.id, answers[i.id] ?? null])),
      ...(team !== '' ? { team } : {}),
      ...(group.trim() !== '' ? { group: group.trim() } : {}),
    };
    const refusal = edits.upsert(record, 'Add survey response');
    setMessage(refusal ?? 'Response saved. The form is clear for the next person.');
    if (refusal === null) setAnswers({});
  }

  return (
    <form className="mini-form response-form" onSubmit={handleSubmit} aria-label="Enter a response" data-testid="response-form">
      <h4>Enter a response</h4>
      <p className="muted">Anonymous: no name is asked or stored. Individual answers are never shown in charts.</p>
      <label>
        Answering as{' '}
        <select value={stakeholder} onChange={(e) => setStakeholder(e.target.value as StakeholderGroup)} data-testid="response-stakeholder">
          {STAKEHOLDER_GROUPS.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Team{' '}
        <select value={team} onChange={(e) => setTeam(e.target.value)}>
          <option value="">None</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Sub-group tag <input value={group} onChange={(e) => setGroup(e.target.value)} maxLength={60} />
      </label>
      <label>
        Date <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
      </label>
      <ol className="items">
        {asked.map((item) => (
          <li key={item.id}>
            <fieldset data-testid="response-item" data-item={item.id}>
              <legend>{item.text}</legend>
              {RESPONSE_SCALE.map((s) => (
                <label key={s.value} className="check-option">
                  <input type="radio" name={item.id} value={s.value} checked={answers[item.id] === s.value} onChange={() => setAnswers({ ...answers, [item.id]: s.value })} />
                  {s.label}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="submit" data-testid="response-save">
        Save response
      </button>
      {message !== null && (
        <p role="status" data-testid="response-message">
          {message}
        </p>
      )}
    </form>
  );
}
