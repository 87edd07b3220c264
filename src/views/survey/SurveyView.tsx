// The Survey view: choose a team or circle, then one of its Social Climate Survey rounds; see the
// round's scores with bands and what they suggest, the domains across rounds, enter or import
// responses, and look at or edit the instrument and its local scoring settings.
import { useMemo, useState } from 'react';

import { getRecords, instrumentOfRound, scoreRoundsOf } from '../../model';
import { selectDocument, selectSelectedNode, useAppStore } from '../../store';
import { InstrumentPanel } from './InstrumentPanel';
import { ResponseForm } from './ResponseForm';
import { ResponseImport } from './ResponseImport';
import { RoundForm } from './RoundForm';
import { RoundsChart } from './RoundsChart';
import { ScoresPanel } from './ScoresPanel';

import '../governance/governance.css';
import './survey.css';

export default function SurveyView() {
  const doc = useAppStore(selectDocument);
  const selected = useAppStore(selectSelectedNode);
  const scopes = useMemo(() => doc?.nodes.filter((n) => n.kind === 'team' || n.kind === 'circle') ?? [], [doc?.nodes]);
  const teams = useMemo(() => scopes.filter((n) => n.kind === 'team'), [scopes]);
  const [scopeChoice, setScopeChoice] = useState<string | null>(null);
  const [roundChoice, setRoundChoice] = useState<string | null>(null);
  const fromSelection = selected !== null && (selected.kind === 'team' || selected.kind === 'circle') ? selected.id : null;
  const scope = scopes.find((s) => s.id === scopeChoice)?.id ?? fromSelection ?? scopes[0]?.id ?? null;
  const rounds = useMemo(
    () => (doc === null || scope === null ? [] : getRecords(doc, 'surveyRound').filter((r) => r.scope === scope).sort((a, b) => (a.opened < b.opened ? 1 : -1))),
    [doc, scope],
  );
  const history = useMemo(() => (doc === null || scope === null ? [] : scoreRoundsOf(doc, scope)), [doc, scope]);
  if (doc === null) return null;
  const round = rounds.find((r) => r.id === roundChoice) ?? rounds[0];
  const scopeNode = scopes.find((s) => s.id === scope);

  return (
    <div className="record-view" data-testid="survey-view">
      <nav className="record-list" aria-label="Survey rounds">
        <h2>Social Climate Survey</h2>
        <label>
          Team or circle{' '}
          <select value={scope ?? ''} onChange={(e) => setScopeChoice(e.target.value)} data-testid="survey-scope">
            {scopes.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <ul>
          {rounds.map((r) => (
            <li key={r.id}>
              <button type="button" aria-current={round?.id === r.id} onClick={() => setRoundChoice(r.id)} data-testid="survey-round">
                {r.label} <span className="muted">({r.opened})</span>
              </button>
            </li>
          ))}
        </ul>
        {scope !== null && <RoundForm doc={doc} scope={scope} onCreated={setRoundChoice} />}
      </nav>
      <section className="record-main" aria-label="Survey round">
        {scopeNode === undefined ? (
          <p className="muted">Add a team or circle to the map to survey it.</p>
        ) : round === undefined ? (
          <p className="muted">No survey rounds for {scopeNode.label} yet. Open one on the left.</p>
        ) : (
          <>
            <h2 data-testid="survey-title">
              {scopeNode.label}: {round.label}
            </h2>
            <ScoresPanel doc={doc} roundId={round.id} />
            {history.length > 1 && (
              <section aria-label="Across rounds">
                <h3>Across rounds</h3>
                <RoundsChart title={`Domain scores across rounds, ${scopeNode.label}`} rounds={history} />
              </section>
            )}
            <section aria-label="Responses">
              <h3>Responses ({getRecords(doc, 'surveyResponse').filter((r) => r.round === round.id).length})</h3>
              <ResponseForm
                key={round.id}
                roundId={round.id}
                items={instrumentOfRound(doc, round).items}
                teams={teams}
                defaultTeam={scopeNode.kind === 'team' ? scopeNode.id : ''}
              />
              <ResponseImport doc={doc} round={round} />
            </section>
            <InstrumentPanel doc={doc} round={round} />
          </>
        )}
      </section>
    </div>
  );
}
