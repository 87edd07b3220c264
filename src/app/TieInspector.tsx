// One selected tie: who to whom, kind, strength, care types, label (editable), and delete.
import { type CareTypeDef, labelOf, STRENGTHS, type Tie, TIE_KINDS } from '../model';
import { useAppStore } from '../store';
import { InlineTextEdit } from '../ui/InlineTextEdit';

const NO_CARE_TYPES: readonly CareTypeDef[] = [];

export function TieInspector({ tie }: { readonly tie: Tie }) {
  const updateTie = useAppStore((s) => s.updateTie);
  const removeTies = useAppStore((s) => s.removeTies);
  const source = useAppStore((s) => s.document?.nodes.find((n) => n.id === tie.source)?.label ?? tie.source);
  const target = useAppStore((s) => s.document?.nodes.find((n) => n.id === tie.target)?.label ?? tie.target);
  const careTypes = useAppStore((s) => s.document?.careTypes ?? NO_CARE_TYPES);

  return (
    <div className="inspector" data-testid="tie-inspector">
      <p className="tie-ends">
        {source} {tie.mutual ? '↔' : '→'} {target}
      </p>
      <label className="field">
        <span>Label</span>
        <InlineTextEdit
          label="Tie label"
          testId="inspector-tie-label"
          value={tie.label ?? ''}
          onCommit={(text) => {
            const result = updateTie(tie.id, { label: text.trim() === '' ? undefined : text.trim() });
            return result.ok ? null : result.reason;
          }}
        />
      </label>
      <dl>
        <dt>Kind</dt>
        <dd data-testid="inspector-tie-kind">{labelOf(TIE_KINDS, tie.kind)}</dd>
        <dt>Strength</dt>
        <dd>{labelOf(STRENGTHS, tie.strength)}</dd>
        {tie.careTypes.length > 0 && (
          <>
            <dt>Care</dt>
            <dd>{tie.careTypes.map((id) => careTypes.find((c) => c.id === id)?.label ?? id).join(', ')}</dd>
          </>
        )}
        {tie.hoursPerWeek !== undefined && (
          <>
            <dt>Hours a week</dt>
            <dd>{tie.hoursPerWeek}</dd>
          </>
        )}
      </dl>
      <button
        type="button"
        className="danger"
        data-testid="inspector-delete-tie"
        onClick={() => removeTies([tie.id])}
      >
        Delete tie
      </button>
    </div>
  );
}
