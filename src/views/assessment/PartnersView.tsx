// The Partners view (co-production capacity assessment, §6): the groups, organisations and spaces
// of the map with the date each was last assessed; for the chosen partner its radar chart, change
// over time and an assessment form; and the comparison matrix of all assessed partners. The chosen
// partner follows the store selection, like the Governance view.
import { useMemo } from 'react';

import { assessmentsOf, capacityLadder, PARTNER_KINDS } from '../../model';
import { selectDocument, selectSelectedNode, useAppStore } from '../../store';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentHistory } from './AssessmentHistory';
import { ComparisonMatrix } from './ComparisonMatrix';
import { LevelNamesEditor } from './LevelNamesEditor';
import { RadarChart } from './RadarChart';
import { RecordListItem } from '../governance/RecordListItem';

import '../governance/governance.css';
import '../survey/survey.css';
import './assessment.css';

const KINDS = new Set<string>(PARTNER_KINDS);

export default function PartnersView() {
  const doc = useAppStore(selectDocument);
  const selected = useAppStore(selectSelectedNode);
  const partners = useMemo(() => doc?.nodes.filter((n) => KINDS.has(n.kind)) ?? [], [doc?.nodes]);
  const ladder = useMemo(() => (doc === null ? null : capacityLadder(doc)), [doc]);
  const partner = selected !== null && KINDS.has(selected.kind) ? selected : null;
  const history = useMemo(() => (doc === null || partner === null ? [] : assessmentsOf(doc, partner.id)), [doc, partner]);
  if (doc === null || ladder === null) return null;
  const latest = history.at(-1);
  const previous = history.length > 1 ? history.at(-2) : undefined;
  const lastDate = (id: string) => assessmentsOf(doc, id).at(-1)?.date;

  return (
    <div className="record-view" data-testid="partners-view">
      <nav className="record-list" aria-label="Partners">
        <h2>Partners</h2>
        <ul>
          {partners.map((p) => (
            <RecordListItem key={p.id} nodeId={p.id} current={partner?.id === p.id} testId="partner">
              {p.label} <span className="muted">{lastDate(p.id) ?? 'not assessed'}</span>
            </RecordListItem>
          ))}
        </ul>
      </nav>
      <section className="record-main" aria-label="Capacity assessment">
        <h2>Co-production capacity</h2>
        <LevelNamesEditor doc={doc} levels={ladder.levels} source={ladder.source} />
        {partner === null ? (
          <p className="muted">Choose a group, organisation or space on the left (or select one in the graph) to assess it.</p>
        ) : (
          <section aria-label={partner.label} data-testid="partner-panel">
            <h3 data-testid="partner-title">{partner.label}</h3>
            {latest !== undefined ? (
              <RadarChart title={`Capacities of ${partner.label}`} levels={ladder.levels} latest={latest} {...(previous !== undefined ? { previous } : {})} />
            ) : (
              <p className="muted">Not assessed yet.</p>
            )}
            <AssessmentHistory doc={doc} partner={partner.id} />
            <AssessmentForm key={`${partner.id}:${latest?.id ?? ''}`} partner={partner} levels={ladder.levels} latest={latest} />
          </section>
        )}
        <section aria-label="Comparison">
          <h3>Comparison of partners</h3>
          <ComparisonMatrix doc={doc} levels={ladder.levels} />
        </section>
      </section>
    </div>
  );
}
