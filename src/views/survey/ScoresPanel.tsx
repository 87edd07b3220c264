// A round's scores: each domain overall with its band and what the band suggests in practice
// (§5.6), a chart of the domains, and the breakdowns per team and per stakeholder group. Groups
// below the minimum size show "fewer than N responses" instead of a score.
import { useMemo } from 'react';

import { type CareMap, type GroupBreakdown, type GroupScores, scoreRound, STAKEHOLDER_GROUPS, SURVEY_DOMAINS } from '../../model';
import { DomainChart } from './DomainChart';
import { DomainTableHead } from './DomainTableHead';
import { bandSuggestion, BAND_LABELS, describeAggregate } from './format';

function Breakdown({ title, rows, nameOf }: { title: string; rows: readonly GroupBreakdown[]; nameOf: (key: string | null) => string }) {
  if (rows.length === 0) return null;
  const cell = (s: GroupScores, i: number) => (s.kind === 'suppressed' ? `No score: ${s.message}` : describeAggregate(s.domains[i]?.score ?? { kind: 'no_items', message: 'no items' }));
  return (
    <table className="record-table" data-testid="score-breakdown">
      <caption>{title}</caption>
      <DomainTableHead first="Group" />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key ?? '\u0000none'}>
            <th scope="row">{nameOf(r.key)}</th>
            {SURVEY_DOMAINS.map((d, i) => (
              <td key={d.id}>{cell(r.scores, i)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScoresPanel({ doc, roundId }: { doc: CareMap; roundId: string }) {
  const scores = useMemo(() => scoreRound(doc, roundId), [doc, roundId]);
  if (scores === undefined) return null;
  const { overall, settings } = scores;
  const teamName = (k: string | null) => (k === null ? 'No team given' : (doc.nodes.find((n) => n.id === k)?.label ?? k));
  const groupName = (k: string | null) => STAKEHOLDER_GROUPS.find((g) => g.id === k)?.label ?? k ?? 'Not given';
  return (
    <section aria-label="Scores" data-testid="scores-panel">
      <h3>Scores</h3>
      {overall.kind === 'suppressed' ? (
        <p className="notice" data-testid="scores-suppressed">
          No scores yet: {overall.message}. Scores appear once at least {settings.minGroupSize} people have answered, so nobody can be picked out.
        </p>
      ) : (
        <>
          <p className="muted">Overall, from {overall.n} responses. Bands use the local cut-offs (low below {settings.lowBelow}, high above {settings.highAbove}).</p>
          <ul className="plain-list domain-scores">
            {overall.domains.map((d) => (
              <li key={d.domain} data-testid="domain-score" data-domain={d.domain} data-band={d.score.kind === 'score' ? d.score.band : ''}>
                <strong>{SURVEY_DOMAINS.find((x) => x.id === d.domain)?.label}</strong>: <span data-testid="domain-score-value">{describeAggregate(d.score)}</span>
                {d.score.kind === 'score' && (
                  <p className="suggestion">
                    <span className="badge">{BAND_LABELS[d.score.band]}</span> {bandSuggestion(d.domain, d.score.band)}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <DomainChart
            title={`Domain scores, ${scores.round.label}`}
            bars={overall.domains.map((d) => ({ label: SURVEY_DOMAINS.find((x) => x.id === d.domain)?.label ?? d.domain, value: d.score }))}
            settings={settings}
            testId="domain-chart"
          />
          <Breakdown title="Per team" rows={scores.byTeam} nameOf={teamName} />
          <Breakdown title="Per stakeholder group" rows={scores.byStakeholder} nameOf={groupName} />
        </>
      )}
    </section>
  );
}
