// The editor that opens in a table cell (Enter or F2): a text box, a select, or a list of
// checkboxes. Enter commits, Escape cancels, and leaving the editor (or the page) commits a valid
// change. A refused value stays open with its message so the person can correct it.
import { useEffect, useId, useRef, useState } from 'react';

import { useCommitWhenHidden } from '../../ui/useCommitWhenHidden';
import type { CellEdit } from './columns';

export interface CellEditorProps<R, P> {
  readonly edit: CellEdit<R, P>;
  readonly row: R;
  readonly label: string;
  /** The text to start from (a key typed on the cell), instead of the stored value. */
  readonly initial?: string;
  /** Store the patch; return a refusal to show, or null when stored. */
  readonly onCommit: (patch: P) => string | null;
  /** Close the editor (after a commit or a cancel). */
  readonly onClose: () => void;
}

export function CellEditor<R, P>({ edit, row, label, initial, onCommit, onClose }: CellEditorProps<R, P>) {
  const errorId = useId();
  const [text, setText] = useState(() => initial ?? (edit.type === 'multi' ? '' : edit.value(row)));
  const [values, setValues] = useState<readonly string[]>(() => (edit.type === 'multi' ? edit.values(row) : []));
  const [error, setError] = useState<string | null>(null);
  const closed = useRef(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = box.current?.querySelector<HTMLElement>('input, select');
    first?.focus();
    if (first instanceof HTMLInputElement && first.type === 'text' && initial === undefined) first.select();
  }, [initial]);

  /** Commit; returns true when the editor may close. */
  function commit(): boolean {
    const checked =
      edit.type === 'multi' ? edit.commit(row, values) : edit.type === 'text' ? edit.commit(row, text) : edit.commit(row, text);
    if (!checked.ok) {
      setError(checked.message);
      return false;
    }
    const refusal = onCommit(checked.value);
    if (refusal !== null) {
      setError(refusal);
      return false;
    }
    return true;
  }

  function close() {
    closed.current = true;
    onClose();
  }

  function handleKeyDown(event: React.KeyboardEvent) {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      if (commit()) close();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (edit.type === 'multi' && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const boxes = [...(box.current?.querySelectorAll<HTMLInputElement>('input[type=checkbox]') ?? [])];
      const at = boxes.findIndex((b) => b === document.activeElement);
      const next = boxes[Math.max(0, Math.min(boxes.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))];
      next?.focus();
    }
  }

  /** Leaving commits a valid change; an invalid one is dropped (Escape-like), never stored. */
  function leave() {
    const changed =
      edit.type === 'multi' ? values.join('\u0000') !== edit.values(row).join('\u0000') : text !== edit.value(row);
    if (changed) commit();
    close();
  }

  function handleBlur(event: React.FocusEvent) {
    // Focus moving within the editor (between checkboxes) is not leaving it.
    if (closed.current || box.current?.contains(event.relatedTarget as Node | null)) return;
    leave();
  }

  // Closing the page (or switching away from it) leaves the editor too: a typed change is kept.
  useCommitWhenHidden(true, () => {
    if (!closed.current) leave();
  });

  const describedBy = error !== null ? errorId : undefined;
  return (
    <div ref={box} className={`cell-editor cell-editor-${edit.type}`} onKeyDown={handleKeyDown} onBlur={handleBlur}>
      {edit.type === 'text' && (
        <input
          type="text"
          aria-label={label}
          value={text}
          data-testid="cell-editor"
          aria-invalid={error !== null}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        />
      )}
      {edit.type === 'select' && (
        <select
          aria-label={label}
          value={text}
          data-testid="cell-editor"
          aria-invalid={error !== null}
          aria-describedby={describedBy}
          onChange={(e) => {
            setText(e.target.value);
            setError(null);
          }}
        >
          {edit.options(row).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      {edit.type === 'multi' && (
        <fieldset className="cell-multi" data-testid="cell-editor" aria-describedby={describedBy}>
          <legend>{label}</legend>
          {edit.options(row).length === 0 && <p className="muted">Nothing to choose for this row.</p>}
          {edit.options(row).map((o) => (
            <label key={o.value} className="check-option">
              <input
                type="checkbox"
                checked={values.includes(o.value)}
                onChange={(e) =>
                  setValues((v) => (e.target.checked ? [...v, o.value] : v.filter((x) => x !== o.value)))
                }
              />
              {o.label}
            </label>
          ))}
          <p className="form-hint">Space ticks, Enter saves, Escape cancels.</p>
        </fieldset>
      )}
      {error !== null && (
        <span id={errorId} className="cell-error" role="alert" data-testid="cell-error">
          {error}
        </span>
      )}
    </div>
  );
}
