// One proposal in the circle's record: what, why, who, dates, status; its consent round (one row
// per participant) and the outcome form. Changes save as named undo steps.
import { memo } from 'react';

import { type CareMap, type CareNode, type Proposal, tallyConsentRound } from '../../model';
import { ConsentEntryRow } from './ConsentEntryRow';
import { nodeName } from './members';
import { OutcomeForm } from './OutcomeForm';
import { useRecordEdit } from './useRecordEdit';

const STATUS_LABELS: Record<Proposal['status'], string> = {
  draft: 'Draft',
  in_consent_round: 'In consent round',
  objection_integration: 'Integrating objections',
  consented: 'Consented',
  amended: 'Amended',
  withdrawn: 'Withdrawn',
};

export interface ProposalCardProps {
  readonly doc: CareMap;
  readonly proposal: Proposal;
  readonly members: readonly CareNode[];
}

export const ProposalCard = memo(function ProposalCard({ doc, proposal: p, members }: ProposalCardProps) {
  const edits = useRecordEdit();
  const tally = tallyConsentRound(p);
  const decided = p.status === 'consented' || p.status === 'amended' || p.status === 'withdrawn';
  const by = p.proposedBy === undefined ? null : 'nodeId' in p.proposedBy ? nodeName(doc, p.proposedBy.nodeId) : p.proposedBy.name;

  function startRound() {
    // Everyone starts as absent: each answer is recorded as it is given, never assumed.
    const consentRound = members.map((m) => ({ participant: { nodeId: m.id }, response: 'absent' }));
    edits.upsert({ ...p, status: 'in_consent_round', consentRound }, `Start consent round on “${p.title}”`);
  }

  return (
    <article className="proposal" data-testid="proposal" data-proposal-id={p.id}>
      <h4>
        {p.title} <span className="badge" data-testid="proposal-status">{STATUS_LABELS[p.status]}</span>
      </h4>
      {p.summary !== '' && <p className="prewrap">{p.summary}</p>}
      {p.why !== '' && <p className="prewrap">Why: {p.why}</p>}
      <p className="muted">
        Raised {p.raisedAt}
        {by !== null ? ` by ${by}` : ''}
        {p.reviewDate !== undefined ? ` · review ${p.reviewDate}` : ''}
        {p.decidedAt !== undefined ? ` · decided ${p.decidedAt}` : ''}
      </p>
      {p.decision !== undefined && p.decision !== '' && <p className="prewrap">Decision: {p.decision}</p>}
      {p.consentRound.length === 0 ? (
        !decided && (
          <button type="button" onClick={startRound} data-testid="start-consent-round" disabled={members.length === 0}>
            Start consent round with the {members.length} members
          </button>
        )
      ) : (
        <div className="consent-round">
          <p>
            Consent round: {tally.consent} consent, {tally.objection} objection, {tally.concern} concern, {tally.absent} absent
          </p>
          <ul className="plain-list">
            {p.consentRound.map((entry, i) => (
              <ConsentEntryRow key={i} doc={doc} proposal={p} index={i} entry={entry} readOnly={decided} />
            ))}
          </ul>
        </div>
      )}
      {!decided && <OutcomeForm proposal={p} />}
    </article>
  );
});
