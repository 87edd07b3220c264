// The quick picker that appears where a person double-clicked (or long-pressed) the canvas, or in
// its middle from the kind palette: choose a kind, type a name, press Enter. The node lands at
// that spot, selected, as one undo step.
import { useState } from 'react';

import { makeNode, NODE_KINDS, type NodeKind } from '../../model';
import { useAppStoreApi } from '../../store';
import { ButtonGroup } from '../../ui/ButtonGroup';
import { KindIcon } from '../legend/KindIcon';
import type { Point } from './placement';

const KIND_OPTIONS = NODE_KINDS.map((k) => ({
  value: k.id,
  label: (
    <>
      <KindIcon kind={k.id} />
      <span>{k.label}</span>
    </>
  ),
  testId: `add-kind-${k.id}`,
}));

export interface AddNodeRequest {
  /** Where the node goes, in model coordinates. */
  readonly model: Point;
  /** Where the picker shows, in pixels from the canvas's top left. */
  readonly rendered: Point;
  readonly kind: NodeKind;
}

export interface AddNodePopoverProps {
  readonly request: AddNodeRequest;
  readonly onClose: () => void;
}

export function AddNodePopover({ request, onClose }: AddNodePopoverProps) {
  const store = useAppStoreApi();
  const [kind, setKind] = useState<NodeKind>(request.kind);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  function handleAdd() {
    const label = name.trim();
    if (label === '') {
      setError('Type a name first.');
      return;
    }
    const node = makeNode(kind, label, {
      position: { x: Math.round(request.model.x), y: Math.round(request.model.y), pinned: false },
    });
    const result = store.getState().addNode(node);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    store.getState().select({ nodeIds: [node.id] });
    onClose();
  }

  return (
    <div
      className="add-node-popover"
      role="dialog"
      aria-label="Add a node"
      data-testid="add-node-popover"
      style={{ left: request.rendered.x, top: request.rendered.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <ButtonGroup className="kind-choice" label="Kind" options={KIND_OPTIONS} value={kind} onChange={setKind} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          handleAdd();
        }}
      >
        <label>
          <span>Name</span>
          <input
            autoFocus
            value={name}
            maxLength={200}
            data-testid="add-node-name"
            aria-invalid={error !== null}
            aria-describedby={error !== null ? 'add-node-error' : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
          />
        </label>
        {error !== null && (
          <p id="add-node-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="popover-actions">
          <button type="submit" data-testid="add-node-submit">
            Add
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
