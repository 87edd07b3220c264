// "Where support is thin" beside the support network: every finding about the centre's support
// (src/analysis/support) in plain sentences, naming people as the drawing does. Choosing one
// picks out the people and ties it names, on this view and on the graph and map, as an insight
// does; choosing it again lets go.
import { useMemo } from 'react';

import { analyzeSupport, type SupportFinding, type SupportFindingKind } from '../../analysis';
import { type NodeId, type TieId, withDisplayNames } from '../../model';
import { selectDocument, useAppStore, useAppStoreApi } from '../../store';

const GROUPS: readonly { kind: SupportFindingKind; title: string }[] = [
  { kind: 'gap', title: 'Gaps' },
  { kind: 'strain', title: 'Strain' },
  { kind: 'need', title: 'Need by need' },
  { kind: 'balance', title: 'Balance of care' },
  { kind: 'candidate', title: 'Who could join the team' },
];

export function SupportFindings({ centre }: { readonly centre: string }) {
  const doc = useAppStore(selectDocument);
  const labelMode = useAppStore((s) => s.labelMode);
  const report = useMemo(
    () => (doc === null ? null : analyzeSupport(withDisplayNames(doc, labelMode), centre)),
    [doc, labelMode, centre],
  );
  const findings = report?.findings ?? [];
  return (
    <section
      className="support-findings"
      aria-labelledby="support-findings-heading"
      data-testid="support-findings"
    >
      <h2 id="support-findings-heading">Where support is thin</h2>
      {report === null ? (
        <p className="muted">Findings are about a person; choose one at the centre.</p>
      ) : findings.length === 0 ? (
        <p className="muted">Nothing to note yet: add who helps with what.</p>
      ) : (
        GROUPS.map((g) => {
          const list = findings.filter((f) => f.kind === g.kind);
          if (list.length === 0) return null;
          return (
            <div key={g.kind} className="support-finding-group">
              <h3>{g.title}</h3>
              <ul>
                {list.map((f) => (
                  <FindingItem key={f.id} finding={f} />
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

function FindingItem({ finding }: { readonly finding: SupportFinding }) {
  const store = useAppStoreApi();
  const highlighted = useAppStore((s) => s.highlight?.insightId === finding.id);
  const names = finding.nodes.length > 0;
  return (
    <li
      className={`support-finding${highlighted ? ' highlighted' : ''}`}
      data-testid="support-finding"
      data-finding-type={finding.type}
    >
      <button
        type="button"
        aria-pressed={highlighted}
        disabled={!names}
        onClick={() =>
          store.getState().setHighlight(
            highlighted
              ? null
              : {
                  nodeIds: finding.nodes as NodeId[],
                  tieIds: finding.ties as TieId[],
                  insightId: finding.id,
                },
          )
        }
      >
        {finding.sentence}
      </button>
    </li>
  );
}
