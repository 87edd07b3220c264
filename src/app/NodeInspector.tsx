// One selected node: label (editable), kind, roles or category, care offered and needed, tags,
// its ties, and a delete button.
import {
  type CareTypeDef,
  ACTOR_CATEGORIES,
  type CareNode,
  labelOf,
  NODE_KINDS,
  PERSON_ROLES,
} from '../model';
import { useAppStore } from '../store';
import { InlineTextEdit } from '../ui/InlineTextEdit';

const NO_CARE_TYPES: readonly CareTypeDef[] = [];

export function NodeInspector({ node }: { readonly node: CareNode }) {
  const updateNode = useAppStore((s) => s.updateNode);
  const removeNodes = useAppStore((s) => s.removeNodes);
  const careTypes = useAppStore((s) => s.document?.careTypes ?? NO_CARE_TYPES);
  const tieCount = useAppStore(
    (s) => s.document?.ties.filter((t) => t.source === node.id || t.target === node.id).length ?? 0,
  );
  const careLabel = (id: string) => careTypes.find((c) => c.id === id)?.label ?? id;

  return (
    <div className="inspector" data-testid="node-inspector">
      <label className="field">
        <span>Label</span>
        <InlineTextEdit
          label="Node label"
          testId="inspector-label"
          value={node.label}
          onCommit={(text) => {
            const result = updateNode(node.id, { label: text });
            return result.ok ? null : result.reason;
          }}
        />
      </label>
      <dl>
        <dt>Kind</dt>
        <dd data-testid="inspector-kind">{labelOf(NODE_KINDS, node.kind)}</dd>
        {node.roles.length > 0 && (
          <>
            <dt>Roles</dt>
            <dd>{node.roles.map((r) => labelOf(PERSON_ROLES, r)).join(', ')}</dd>
          </>
        )}
        {node.category !== undefined && (
          <>
            <dt>Category</dt>
            <dd>{labelOf(ACTOR_CATEGORIES, node.category)}</dd>
          </>
        )}
        {node.careOffered.length > 0 && (
          <>
            <dt>Care offered</dt>
            <dd>{node.careOffered.map(careLabel).join(', ')}</dd>
          </>
        )}
        {node.careNeeded.length > 0 && (
          <>
            <dt>Care needed</dt>
            <dd>{node.careNeeded.map(careLabel).join(', ')}</dd>
          </>
        )}
        {node.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{node.tags.join(', ')}</dd>
          </>
        )}
        <dt>Ties</dt>
        <dd>{tieCount}</dd>
        {node.description !== undefined && (
          <>
            <dt>Description</dt>
            <dd className="prewrap">{node.description}</dd>
          </>
        )}
      </dl>
      <button
        type="button"
        className="danger"
        data-testid="inspector-delete"
        onClick={() => removeNodes([node.id])}
      >
        Delete node
      </button>
    </div>
  );
}
